// HeldOut60 — idiom: Task.Run per chunk with Task.WaitAll over a flat buffer, chunk start = chunk * rowsPerChunk * cols
// (a feature-scoring batch job that keeps "one peak per class" for the chunk).
// Layout: flat float[] row-major, stride cols; per-class peaks float[cols] per chunk.
// Bug (LG0004): the shift is a per-class maximum down the chunk's rows (batch axis), the sum runs along each row.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut60.TaskChunks_ColumnPeakInChunk;

public static class ChunkScorer
{
    public static void Score(float[] x, float[] y, int rows, int cols, int rowsPerChunk)
    {
        var work = new List<Task>();
        for (int chunk = 0; chunk * rowsPerChunk < rows; chunk++)
        {
            int start = chunk * rowsPerChunk * cols;
            int count = Math.Min(rowsPerChunk, rows - chunk * rowsPerChunk);
            work.Add(Task.Run(() =>
            {
                var peak = new float[cols];
                Array.Fill(peak, float.NegativeInfinity);
                for (int r = 0; r < count; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        peak[c] = MathF.Max(peak[c], x[start + r * cols + c]); //~ LG0004
                    }
                }

                for (int r = 0; r < count; r++)
                {
                    int o = start + r * cols;
                    float sum = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        y[o + c] = MathF.Exp(x[o + c] - peak[c]);
                        sum += y[o + c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        y[o + c] /= sum;
                    }
                }
            }));
        }

        Task.WaitAll(work.ToArray());
    }
}
