// Idiom: a `ref struct` view with a `ref` indexer `ref double this[int y, int x]` over a `Span<double>` (use: per-row softmax of a score grid).
// Layout: double grid Height x Width, element (y, x) at y * Width + x; one sample per row y.
// Bug LG0003: every cell is exponentiated raw (no max subtracted) and normalised by its row's sum.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.SpanView2D_RawRowExp;

public ref struct GridView
{
    private readonly Span<double> _cells;

    public GridView(Span<double> cells, int height, int width)
    {
        _cells = cells;
        Height = height;
        Width = width;
    }

    public int Height { get; }

    public int Width { get; }

    public ref double this[int y, int x] => ref _cells[y * Width + x];
}

public static class GridSoftmax
{
    public static void RowsInto(GridView input, GridView output)
    {
        for (int y = 0; y < input.Height; y++)
        {
            double denom = 0.0;
            for (int x = 0; x < input.Width; x++)
            {
                output[y, x] = Math.Exp(input[y, x]); //~ LG0003
                denom += output[y, x];
            }

            for (int x = 0; x < input.Width; x++)
            {
                output[y, x] /= denom;
            }
        }
    }
}
