// HeldOut60 — idiom: Parallel.For over chunks of a flat buffer, start = chunk * rowsPerChunk * cols, a while loop per row
// (a GPU-style "grid of blocks" port running on the CPU thread pool).
// Layout: flat float[] row-major; chunk of rowsPerChunk rows, the last chunk shorter.
// Correct: inside a chunk every row gets its own max and sum.
using System;
using System.Threading.Tasks;

namespace HeldOut60.ChunkedFlat_RowStartInChunk;

public static class GridSoftmax
{
    public static void Forward(float[] input, float[] output, int rows, int cols, int rowsPerChunk)
    {
        int chunkCount = (rows + rowsPerChunk - 1) / rowsPerChunk;
        Parallel.For(0, chunkCount, chunk =>
        {
            int start = chunk * rowsPerChunk * cols;
            int end = Math.Min(rows * cols, start + rowsPerChunk * cols);
            int rowStart = start;
            while (rowStart < end)
            {
                float max = input[rowStart];
                int j = 1;
                while (j < cols)
                {
                    max = MathF.Max(max, input[rowStart + j]);
                    j++;
                }

                float sum = 0f;
                j = 0;
                while (j < cols)
                {
                    float e = MathF.Exp(input[rowStart + j] - max);
                    output[rowStart + j] = e;
                    sum += e;
                    j++;
                }

                j = 0;
                while (j < cols)
                {
                    output[rowStart + j] /= sum;
                    j++;
                }

                rowStart += cols;
            }
        });
    }
}
