// Idiom: `x.reshape(-1, classes)` on a flat buffer — the -1 dimension is inferred from the length — returning a view
// (same buffer) whose `Row(i)` is a span; the softmax then runs per row of the view.
// Use: per-pixel class probabilities of a segmentation head whose output arrives as one flat array.
// Layout: flat float[] reshaped to (pixels, classes), rows as Span<float> over the shared buffer.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.ReshapeRows_FlatBuffer;

public readonly record struct MatrixView(float[] Buffer, int Rows, int Cols)
{
    public Span<float> Row(int i) => Buffer.AsSpan(i * Cols, Cols);
}

public static class Shapes
{
    public static MatrixView Reshape(float[] buffer, int rows, int cols)
    {
        if (rows == -1) rows = buffer.Length / cols;
        if (cols == -1) cols = buffer.Length / rows;
        if (rows * cols != buffer.Length) throw new ArgumentException($"cannot reshape {buffer.Length} into ({rows}, {cols})");
        return new MatrixView(buffer, rows, cols);
    }
}

public static class SegmentationHead
{
    public static float[] PixelProbabilities(float[] logits, int classes)
    {
        var output = (float[])logits.Clone();
        MatrixView view = Shapes.Reshape(output, -1, classes);
        for (int p = 0; p < view.Rows; p++)
        {
            Span<float> row = view.Row(p);
            float top = float.NegativeInfinity;
            foreach (float v in row) top = v > top ? v : top;
            float total = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = MathF.Exp(row[c] - top);
                total += row[c];
            }

            for (int c = 0; c < row.Length; c++) row[c] /= total;
        }

        return output;
    }
}
