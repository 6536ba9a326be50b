// Idiom: exceptions used for flow: every inner loop runs with no bound and ends when the row indexer throws
// IndexOutOfRangeException, which is caught and ignored.
// Use: legacy scoring code that "lets the array tell it where the row ends".
// Layout: jagged float[rows][n] (each row its own array).
// Correct: the exception fires at the end of the row's own array, so the peak and the sum cover exactly that row.
// Our own code.
using System;

namespace HeldOut75.ExceptionFlow_JaggedEnds;

public static class RowEnds
{
    public static float[][] Softmax(float[][] rows)
    {
        var result = new float[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            float[] row = rows[r];
            float[] o = result[r] = new float[row.Length];
            float max = float.NegativeInfinity;
            int i = 0;
            try
            {
                while (true) max = MathF.Max(max, row[i++]);
            }
            catch (IndexOutOfRangeException)
            {
            }

            float sum = 0f;
            try
            {
                for (i = 0; ; i++) sum += o[i] = MathF.Exp(row[i] - max);
            }
            catch (IndexOutOfRangeException)
            {
            }

            try
            {
                for (i = 0; ; i++) o[i] /= sum;
            }
            catch (IndexOutOfRangeException)
            {
            }
        }
        return result;
    }
}
