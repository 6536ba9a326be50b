// Idiom: a 2D array reinterpreted as a flat span — `MemoryMarshal.CreateSpan(ref Unsafe.As<byte, float>(ref
// MemoryMarshal.GetArrayDataReference(m)), m.Length)` — then cut into rows with `flat.Slice(r * cols, cols)`.
// Use: softmax per row of a float[rows, cols] score matrix (attention scores), in place.
// Correct: the flat view is only used to take row slices; each row's max and sum are the row's own.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut76.ReinterpretView_Matrix2DRows;

public static class ScoreRows
{
    private static Span<float> Flat(float[,] m) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(m)), m.Length);

    public static void SoftmaxInPlace(float[,] scores)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        Span<float> flat = Flat(scores);
        for (int r = 0; r < rows; r++)
        {
            Span<float> row = flat.Slice(r * cols, cols);
            float peak = float.NegativeInfinity;
            foreach (float s in row)
            {
                peak = MathF.Max(peak, s);
            }

            float denom = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                denom += row[j] = MathF.Exp(row[j] - peak);
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= denom;
            }
        }
    }
}
