// Progressive enhancement only: every page works without this file.
// Clicking a highlighted passage reveals its note in the annotation list.
document.addEventListener('click', function (event) {
  var mark = event.target.closest && event.target.closest('mark[aria-describedby]');
  if (!mark || window.getSelection().toString()) return;
  var note = document.getElementById(mark.getAttribute('aria-describedby'));
  if (note) {
    note.scrollIntoView({ block: 'center' });
    note.classList.add('flash');
    setTimeout(function () { note.classList.remove('flash'); }, 1500);
  }
});
