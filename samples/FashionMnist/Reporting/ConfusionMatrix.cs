using System.Text;

namespace FashionMnist.Reporting;

/// <summary>Counts of (true class, predicted class) pairs.</summary>
internal sealed class ConfusionMatrix
{
    private readonly int[,] _counts;
    private readonly string[] _classNames;

    /// <summary>Tallies <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    public ConfusionMatrix(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, string[] classNames)
    {
        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException($"{actual.Length} labels but {predicted.Length} predictions", nameof(predicted));
        }

        _classNames = classNames;
        _counts = new int[classNames.Length, classNames.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            _counts[actual[i], predicted[i]]++;
        }
    }

    /// <summary>How often class <paramref name="actual"/> was predicted as <paramref name="predicted"/>.</summary>
    public int this[int actual, int predicted] => _counts[actual, predicted];

    /// <summary>A text table: one row per true class, one column per predicted class, recall at the end.</summary>
    public string Format()
    {
        int n = _classNames.Length;
        int nameWidth = _classNames.Max(s => s.Length);
        var text = new StringBuilder();
        text.Append(' ', nameWidth).Append("  predicted →\n");
        text.Append("true ↓".PadRight(nameWidth));
        for (int p = 0; p < n; p++)
        {
            text.Append(' ').Append(p.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5));
        }

        text.Append("  recall\n");
        for (int a = 0; a < n; a++)
        {
            text.Append(_classNames[a].PadRight(nameWidth));
            int rowTotal = 0;
            for (int p = 0; p < n; p++)
            {
                rowTotal += _counts[a, p];
                text.Append(' ').Append(_counts[a, p].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5));
            }

            double recall = rowTotal == 0 ? 0 : (double)_counts[a, a] / rowTotal;
            text.Append(FormattableString.Invariant($"  {recall,6:P1}")).Append(" (").Append(a).Append(")\n");
        }

        return text.ToString();
    }
}
