// Idiom: try/catch with an exception filter (`when`) around the row loop, finally flushing a counter.
// Use: 2D batch softmax in a worker that counts the rows it finished.
// Layout: float[batch, classes] (2D, row-major).
// Bug (LG0001): the running max is declared above the row loop and never reset, so row r is shifted by the max of rows 0..r.
// Our own code.
using System;

namespace HeldOut90.TryCatch_MaxNeverReset;

public sealed class BatchWorker
{
    public int RowsDone { get; private set; }

    public float[,] Run(float[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        int n = x.GetLength(0), k = x.GetLength(1);
        var y = new float[n, k];
        int done = 0;
        try
        {
            float max = float.NegativeInfinity;
            for (int r = 0; r < n; r++)
            {
                for (int c = 0; c < k; c++)
                    max = MathF.Max(max, x[r, c]); //~ LG0001

                float sum = 0f;
                for (int c = 0; c < k; c++)
                {
                    y[r, c] = MathF.Exp(x[r, c] - max);
                    sum += y[r, c];
                }

                for (int c = 0; c < k; c++)
                    y[r, c] /= sum;

                done++;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Softmax failed after {done} rows.", ex);
        }
        finally
        {
            RowsDone += done;
        }

        return y;
    }
}
