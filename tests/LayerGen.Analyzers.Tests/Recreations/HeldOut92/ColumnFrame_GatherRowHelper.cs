// Idiom: column-oriented frame float[][] (one array per class column over all rows); each row gathered into a scratch
// buffer and handed to a private in-place softmax helper that shifts by its own max.
// Use: per-row class probabilities from a columnar batch read from an Arrow-like store.
// Layout: float[class][row] (class-major jagged); output in the same layout.
// Correct: the helper is given exactly one row's values and subtracts that row's max.
// Our own code.
using System;

namespace HeldOut92.ColumnFrame_GatherRowHelper;

public static class ColumnFrame
{
    public static float[][] Probabilities(float[][] classColumns)
    {
        int classes = classColumns.Length;
        int rows = classColumns[0].Length;
        var output = new float[classes][];
        for (int c = 0; c < classes; c++)
        {
            output[c] = new float[rows];
        }

        var scratch = new float[classes];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < classes; c++)
            {
                scratch[c] = classColumns[c][r];
            }

            StableSoftmax(scratch);
            for (int c = 0; c < classes; c++)
            {
                output[c][r] = scratch[c];
            }
        }

        return output;
    }

    private static void StableSoftmax(Span<float> v)
    {
        float top = v[0];
        for (int i = 1; i < v.Length; i++)
        {
            if (v[i] > top) top = v[i];
        }

        float s = 0f;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = MathF.Exp(v[i] - top);
            s += v[i];
        }

        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= s;
        }
    }
}
