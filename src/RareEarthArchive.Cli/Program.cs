using System.Globalization;
using RareEarthArchive.Cli;
using RareEarthArchive.Cli.Console;

// Culture must never leak into output (numbers, dates, casing): the build is byte-identical under tr-TR.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return new CliApp(new SystemConsole()).Run(args);
