// Idiom: Debug.Assert invariants (non-NaN peak, positive row mass) with a LINQ peak over a 2D array via Cast<float>().
// Use: debug-checked softmax over a 2D logits matrix.
// Layout: float[rows, cols] (2D, row-major).
// Bug (LG0001): the peak is Cast<float>().Max() over every element of the matrix, while each row is its own softmax.
// Our own code.
using System;
using System.Diagnostics;
using System.Linq;

namespace HeldOut90.Asserted_WholeMatrixPeak;

public static class CheckedMatrixSoftmax
{
    public static float[,] Apply(float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        Debug.Assert(logits.Length > 0);
        float peak = logits.Cast<float>().Max(); //~ LG0001
        Debug.Assert(!float.IsNaN(peak));
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var p = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float mass = 0f;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = MathF.Exp(logits[i, j] - peak);
                mass += p[i, j];
            }

            Debug.Assert(mass > 0f, "row mass must be positive");
            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= mass;
            }
        }

        return p;
    }
}
