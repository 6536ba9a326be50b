using System.Globalization;
using SkiaSharp;

namespace FashionMnist.Reporting;

/// <summary>One named line of a chart: the value at epoch 1, 2, ….</summary>
internal sealed record Series(string Name, SKColor Color, double[] Values);

/// <summary>Draws a small line chart (axes, ticks, grid, lines with markers, legend) into a rectangle.</summary>
internal sealed class LineChart(SKTypeface typeface)
{
    private const float Left = 62, Right = 18, Top = 34, Bottom = 46;
    private const int YTicks = 5;

    /// <summary>Draws <paramref name="series"/> against epoch numbers inside <paramref name="area"/>.</summary>
    public void Draw(SKCanvas canvas, SKRect area, string title, IReadOnlyList<Series> series)
    {
        using var font = new SKFont(typeface, 13);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(0xdd, 0xdd, 0xdd), StrokeWidth = 1 };
        using var axis = new SKPaint { Color = SKColors.Black, StrokeWidth = 1.5f, IsAntialias = true };

        var plot = new SKRect(area.Left + Left, area.Top + Top, area.Right - Right, area.Bottom - Bottom);
        int points = series.Max(s => s.Values.Length);
        var finite = series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        (double low, double high) = NiceRange(finite.Min(), finite.Max());

        float X(int index) => points <= 1 ? plot.MidX : plot.Left + plot.Width * index / (points - 1);
        float Y(double value) => (float)(plot.Bottom - plot.Height * (value - low) / (high - low));

        canvas.DrawText(title, plot.Left, area.Top + 20, SKTextAlign.Left, font, text);
        for (int t = 0; t <= YTicks; t++)
        {
            double value = low + (high - low) * t / YTicks;
            canvas.DrawLine(plot.Left, Y(value), plot.Right, Y(value), grid);
            canvas.DrawText(value.ToString("0.###", CultureInfo.InvariantCulture), plot.Left - 6, Y(value) + 4, SKTextAlign.Right, font, text);
        }

        for (int i = 0; i < points; i++)
        {
            canvas.DrawText((i + 1).ToString(CultureInfo.InvariantCulture), X(i), plot.Bottom + 18, SKTextAlign.Center, font, text);
        }

        canvas.DrawText("epoch", plot.MidX, plot.Bottom + 36, SKTextAlign.Center, font, text);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axis);
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axis);

        for (int s = 0; s < series.Count; s++)
        {
            using var line = new SKPaint { Color = series[s].Color, StrokeWidth = 2.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };
            using var marker = new SKPaint { Color = series[s].Color, IsAntialias = true };
            var values = series[s].Values;
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0 && double.IsFinite(values[i - 1]) && double.IsFinite(values[i]))
                {
                    canvas.DrawLine(X(i - 1), Y(values[i - 1]), X(i), Y(values[i]), line);
                }

                if (double.IsFinite(values[i]))
                {
                    canvas.DrawCircle(X(i), Y(values[i]), 3.5f, marker);
                }
            }

            // Legend above the plot's top-right corner, clear of the lines.
            float legendX = plot.Right - 70 * (series.Count - s);
            float legendY = area.Top + 20;
            canvas.DrawLine(legendX, legendY - 4, legendX + 20, legendY - 4, line);
            canvas.DrawText(series[s].Name, legendX + 25, legendY, SKTextAlign.Left, font, text);
        }
    }

    /// <summary>A range around [min, max] with a little padding; never empty.</summary>
    private static (double Low, double High) NiceRange(double min, double max)
    {
        double span = max - min;
        double pad = span > 0 ? span * 0.08 : Math.Max(Math.Abs(max) * 0.05, 0.05);
        return (min - pad, max + pad);
    }
}
