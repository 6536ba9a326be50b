// HeldOut60 — idiom: Parallel.For over chunks of a flat buffer viewed as Span slices (AsSpan(start, length), Slice per row)
// (a batch job that normalises "the chunk's block" after exponentiating each row with its own shift).
// Layout: flat double[] row-major, chunk block = y.AsSpan(chunk * rowsPerChunk * cols, rowsInChunk * cols).
// Bug (LG0002): the denominator sums the whole chunk block (several rows), the shift is per row.
using System;
using System.Threading.Tasks;

namespace HeldOut60.ChunkedFlat_ChunkSliceSum;

public static class BlockNormaliser
{
    public static void Forward(double[] x, double[] y, int rows, int cols, int rowsPerChunk)
    {
        int chunkCount = (rows + rowsPerChunk - 1) / rowsPerChunk;
        Parallel.For(0, chunkCount, chunk =>
        {
            int firstRow = chunk * rowsPerChunk;
            int rowsInChunk = Math.Min(rowsPerChunk, rows - firstRow);
            ReadOnlySpan<double> src = x.AsSpan(firstRow * cols, rowsInChunk * cols);
            Span<double> block = y.AsSpan(firstRow * cols, rowsInChunk * cols);
            for (int r = 0; r < rowsInChunk; r++)
            {
                ReadOnlySpan<double> logits = src.Slice(r * cols, cols);
                Span<double> dst = block.Slice(r * cols, cols);
                double max = double.NegativeInfinity;
                foreach (double v in logits)
                {
                    max = Math.Max(max, v);
                }

                for (int j = 0; j < cols; j++)
                {
                    dst[j] = Math.Exp(logits[j] - max);
                }
            }

            double total = 0.0;
            foreach (double e in block)
            {
                total += e; //~ LG0002
            }

            for (int i = 0; i < block.Length; i++)
            {
                block[i] /= total;
            }
        });
    }
}
