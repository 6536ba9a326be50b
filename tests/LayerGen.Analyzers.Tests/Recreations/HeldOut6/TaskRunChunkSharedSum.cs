// Source: async chunked batch scoring in C# (Task.Run per chunk of rows), re-created with the denominator declared
// per task instead of per row.
// Layout: float[rows, cols]; each task handles rows [start, end); softmax per row.
// Bug LG0002: `denominator` is declared once per chunk, so from the chunk's second row on it spans several rows.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut6.TaskRunChunkSharedSum;

public static class AsyncChunkSoftmax
{
    public static float[,] Run(float[,] logits, int chunk)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var probs = new float[rows, cols];
        var tasks = new List<Task>();
        for (int lo = 0; lo < rows; lo += chunk)
        {
            int start = lo;
            int end = Math.Min(rows, lo + chunk);
            tasks.Add(Task.Run(() =>
            {
                float denominator = 0f;
                for (int r = start; r < end; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, logits[r, c]);
                    for (int c = 0; c < cols; c++)
                    {
                        probs[r, c] = MathF.Exp(logits[r, c] - m);
                        denominator += probs[r, c]; //~ LG0002
                    }

                    for (int c = 0; c < cols; c++) probs[r, c] /= denominator;
                }
            }));
        }

        Task.WaitAll(tasks.ToArray());
        return probs;
    }
}
