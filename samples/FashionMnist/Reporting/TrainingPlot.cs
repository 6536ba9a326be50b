using ScottPlot;

namespace FashionMnist.Reporting;

/// <summary>Writes a PNG with two ScottPlot charts side by side: loss per epoch and accuracy per epoch, train and test.</summary>
internal static class TrainingPlot
{
    private const int Width = 1200, Height = 520;

    /// <summary>Legend of the train loss: it is not measured like the test loss.</summary>
    public const string TrainLossLabel = "train: running mean over the epoch's mini-batches (weights still changing)";

    /// <summary>Legend of the test loss.</summary>
    public const string TestLossLabel = "test: measured after the epoch";

    private static readonly Color TrainColor = Color.FromHex("#1f77b4");
    private static readonly Color TestColor = Color.FromHex("#d62728");

    /// <summary>Renders <paramref name="epochs"/> into <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, IReadOnlyList<EpochMetrics> epochs, string title)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();

        double[] x = epochs.Select(e => (double)e.Epoch).ToArray();
        Chart(multiplot.GetPlot(0), x, "cross-entropy loss", title,
            epochs.Select(e => e.TrainLoss).ToArray(), TrainLossLabel, epochs.Select(e => e.TestLoss).ToArray(), TestLossLabel);
        Chart(multiplot.GetPlot(1), x, "accuracy", "accuracy per epoch",
            epochs.Select(e => e.TrainAccuracy).ToArray(), "train set, after the epoch", epochs.Select(e => e.TestAccuracy).ToArray(), "test set, after the epoch");

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        multiplot.SavePng(path, Width, Height);
    }

    private static void Chart(Plot plot, double[] x, string yLabel, string title, double[] train, string trainLabel, double[] test, string testLabel)
    {
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 14);
        plot.XLabel("epoch");
        plot.YLabel(yLabel);
        Line(plot, x, train, trainLabel, TrainColor);
        Line(plot, x, test, testLabel, TestColor);

        // Whole epochs on the x axis; ScottPlot's automatic ticks on y are round numbers (0.2, 0.25, 0.3, ...).
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsX(0.5, Math.Max(1, x.Length) + 0.5);
        plot.ShowLegend(Edge.Bottom); // below the chart, never over a line
        plot.Legend.Orientation = Orientation.Vertical;
    }

    private static void Line(Plot plot, double[] x, double[] y, string label, Color color)
    {
        var line = plot.Add.Scatter(x, y, color);
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = 7;
    }
}
