using SkiaSharp;

namespace FashionMnist.Reporting;

/// <summary>Writes a PNG with two charts: loss per epoch and accuracy per epoch, train and test.</summary>
internal static class TrainingPlot
{
    private const int PanelWidth = 560, Height = 420;
    private static readonly SKColor TrainColor = new(0x1f, 0x77, 0xb4);
    private static readonly SKColor TestColor = new(0xd6, 0x27, 0x28);

    /// <summary>Renders <paramref name="epochs"/> into <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<EpochMetrics> epochs, string title)
    {
        using var surface = SKSurface.Create(new SKImageInfo(2 * PanelWidth, Height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        using var titleFont = new SKFont(typeface, 16);
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(title, PanelWidth, 22, SKTextAlign.Center, titleFont, black);

        var chart = new LineChart(typeface);
        chart.Draw(canvas, new SKRect(0, 30, PanelWidth, Height), "loss (cross-entropy)",
            [new("train", TrainColor, epochs.Select(e => e.TrainLoss).ToArray()), new("test", TestColor, epochs.Select(e => e.TestLoss).ToArray())]);
        chart.Draw(canvas, new SKRect(PanelWidth, 30, 2 * PanelWidth, Height), "accuracy",
            [new("train", TrainColor, epochs.Select(e => e.TrainAccuracy).ToArray()), new("test", TestColor, epochs.Select(e => e.TestAccuracy).ToArray())]);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        png.SaveTo(file);
    }
}
