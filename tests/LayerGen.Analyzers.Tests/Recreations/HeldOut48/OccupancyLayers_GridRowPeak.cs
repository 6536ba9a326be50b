// Idiom: per-cell class probabilities of an occupancy/semantic map processed one grid row (band of cells) at a time
// with span slices; the peak is taken with TensorPrimitives.Max over the band "for speed".
// Layout: ReadOnlySpan<float> cell-major, grid row y = Slice(y * width * classes, width * classes), cell x =
// band.Slice(x * classes, classes); output Span<float>.
// Bug (LG0001): the subtracted peak spans the whole grid row (every cell of the band), not the cell's classes; a cell
// far below the band's strongest cell underflows to 0/0.
using System;
using System.Numerics.Tensors;

namespace HeldOut48.OccupancyLayers_GridRowPeak;

public static class BandedGrid
{
    public static void CellProbabilities(ReadOnlySpan<float> scores, int width, int height, int classes, Span<float> prob)
    {
        int bandLength = width * classes;
        for (int y = 0; y < height; y++)
        {
            ReadOnlySpan<float> band = scores.Slice(y * bandLength, bandLength);
            Span<float> outBand = prob.Slice(y * bandLength, bandLength);
            float peak = TensorPrimitives.Max(band); //~ LG0001
            for (int x = 0; x < width; x++)
            {
                ReadOnlySpan<float> cell = band.Slice(x * classes, classes);
                Span<float> p = outBand.Slice(x * classes, classes);
                float z = 0f;
                for (int c = 0; c < classes; c++)
                {
                    p[c] = MathF.Exp(cell[c] - peak);
                    z += p[c];
                }

                for (int c = 0; c < classes; c++)
                {
                    p[c] /= z;
                }
            }
        }
    }
}
