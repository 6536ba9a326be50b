using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

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

    /// <summary>A table: one row per true class, one column per predicted class (by index), recall at the end; the diagonal in bold.</summary>
    public Table ToTable()
    {
        int n = _classNames.Length;
        var table = new Table().Border(TableBorder.Rounded).Title("confusion matrix (test set): rows = true class, columns = predicted class");
        table.AddColumn(new TableColumn("true \\ predicted"));
        for (int p = 0; p < n; p++)
        {
            table.AddColumn(new TableColumn(p.ToString(CultureInfo.InvariantCulture)).RightAligned());
        }

        table.AddColumn(new TableColumn("recall").RightAligned());
        for (int a = 0; a < n; a++)
        {
            var cells = new List<IRenderable> { new Text(FormattableString.Invariant($"{a} {_classNames[a]}")) };
            int rowTotal = 0;
            for (int p = 0; p < n; p++)
            {
                rowTotal += _counts[a, p];
                string count = _counts[a, p].ToString(CultureInfo.InvariantCulture);
                cells.Add(p == a ? new Markup("[bold]" + count + "[/]") : new Text(count));
            }

            double recall = rowTotal == 0 ? 0 : (double)_counts[a, a] / rowTotal;
            cells.Add(new Text(recall.ToString("P1", CultureInfo.InvariantCulture)));
            table.AddRow(cells);
        }

        return table;
    }
}
