using System.Collections.Immutable;
using System.Text;

namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// A document field value as lunr.js would see it after <c>JSON.parse</c>: null, a string, a number,
/// a boolean or an array of those. lunr converts each kind to text differently (Number#toString,
/// arrays become one token per element), so the kind has to survive until the tokenizer.
/// </summary>
public sealed class LunrValue : IEquatable<LunrValue>
{
    /// <summary>JSON <c>null</c>. A missing field behaves the same in the tokenizer.</summary>
    public static readonly LunrValue Null = new(LunrValueKind.Null, null, 0, false, []);

    private readonly string? _string;
    private readonly double _number;
    private readonly bool _boolean;
    private readonly ImmutableArray<LunrValue> _items;

    private LunrValue(LunrValueKind kind, string? text, double number, bool boolean, ImmutableArray<LunrValue> items)
    {
        Kind = kind;
        _string = text;
        _number = number;
        _boolean = boolean;
        _items = items;
    }

    public LunrValueKind Kind { get; }

    public static LunrValue String(string value) =>
        new(LunrValueKind.String, value ?? throw new ArgumentNullException(nameof(value)), 0, false, []);

    public static LunrValue Number(double value) => new(LunrValueKind.Number, null, value, false, []);

    public static LunrValue Boolean(bool value) => new(LunrValueKind.Boolean, null, 0, value, []);

    public static LunrValue Array(IEnumerable<LunrValue> items) =>
        new(LunrValueKind.Array, null, 0, false, [.. items.Select(i => i ?? Null)]);

    public static LunrValue Array(params LunrValue[] items) => Array((IEnumerable<LunrValue>)items);

    public static implicit operator LunrValue(string value) => String(value);

    public static implicit operator LunrValue(double value) => Number(value);

    public static implicit operator LunrValue(bool value) => Boolean(value);

    public string StringValue => Kind == LunrValueKind.String ? _string! : throw WrongKind(LunrValueKind.String);

    public double NumberValue => Kind == LunrValueKind.Number ? _number : throw WrongKind(LunrValueKind.Number);

    public bool BooleanValue => Kind == LunrValueKind.Boolean ? _boolean : throw WrongKind(LunrValueKind.Boolean);

    public ImmutableArray<LunrValue> Items => Kind == LunrValueKind.Array ? _items : throw WrongKind(LunrValueKind.Array);

    /// <summary>
    /// JavaScript <c>String(value)</c>: what lunr gets from <c>toString()</c> or from using the value as
    /// a property key. Arrays join their elements with ",", writing null elements as "".
    /// </summary>
    public string ToJsString()
    {
        switch (Kind)
        {
            case LunrValueKind.Null:
                return "null";
            case LunrValueKind.String:
                return _string!;
            case LunrValueKind.Number:
                return JsNumber.ToJsString(_number);
            case LunrValueKind.Boolean:
                return _boolean ? "true" : "false";
            default:
                var sb = new StringBuilder();
                for (var i = 0; i < _items.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    if (_items[i].Kind != LunrValueKind.Null)
                    {
                        sb.Append(_items[i].ToJsString());
                    }
                }

                return sb.ToString();
        }
    }

    public bool Equals(LunrValue? other) =>
        other is not null && Kind == other.Kind && Kind switch
        {
            LunrValueKind.Null => true,
            LunrValueKind.String => string.Equals(_string, other._string, StringComparison.Ordinal),
            LunrValueKind.Number => _number.Equals(other._number),
            LunrValueKind.Boolean => _boolean == other._boolean,
            _ => _items.SequenceEqual(other._items),
        };

    public override bool Equals(object? obj) => Equals(obj as LunrValue);

    public override int GetHashCode() => HashCode.Combine(Kind, ToJsString());

    public override string ToString() => ToJsString();

    private InvalidOperationException WrongKind(LunrValueKind wanted) =>
        new($"LunrValue is {Kind}, not {wanted}.");
}

public enum LunrValueKind
{
    Null,
    String,
    Number,
    Boolean,
    Array,
}
