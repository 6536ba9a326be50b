// Idiom: three-pass softmax kernel over Half storage (fp16 activations, float arithmetic): pass 1 writes each row's max
// into a small float buffer, pass 2 each row's sum of exp(x - max) into another, pass 3 writes exp(x - max) / sum back
// as Half. Use: inference on fp16 logits. Layout: flat row-major ReadOnlySpan<Half> [rows * cols].
// Correct: rowMax[r] and rowSum[r] are each folded over row r only.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Three-pass fp16 softmax with the row statistics in separate buffers.</summary>
public static class ThreePassHalf
{
    /// <summary>Writes the softmax of every row of <paramref name="logits"/> into <paramref name="probabilities"/>.</summary>
    public static void Forward(ReadOnlySpan<Half> logits, int rows, int cols, Span<Half> probabilities)
    {
        float[] rowMax = new float[rows];
        float[] rowSum = new float[rows];

        for (int r = 0; r < rows; r++)
        {
            float m = (float)logits[r * cols];
            for (int c = 1; c < cols; c++) m = MathF.Max(m, (float)logits[r * cols + c]);
            rowMax[r] = m;
        }

        for (int r = 0; r < rows; r++)
        {
            float s = 0f;
            for (int c = 0; c < cols; c++) s += MathF.Exp((float)logits[r * cols + c] - rowMax[r]);
            rowSum[r] = s;
        }

        for (int r = 0; r < rows; r++)
        {
            float inv = 1f / rowSum[r];
            for (int c = 0; c < cols; c++)
            {
                probabilities[r * cols + c] = (Half)(MathF.Exp((float)logits[r * cols + c] - rowMax[r]) * inv);
            }
        }
    }
}
