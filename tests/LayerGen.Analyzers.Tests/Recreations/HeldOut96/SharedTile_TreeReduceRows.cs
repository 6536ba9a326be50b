// Idiom: one block per row with a per-block shared tile and a tree reduction (stride halving, as with __syncthreads).
// Use: block-level softmax kernel simulated on the CPU: BlockDim threads load strided elements of the row into the
// shared tile, reduce it to the row max, then to the row sum of shifted exps, then write the outputs.
// Layout: flat float[batch * classes], row-major; one block (blockIdx = row) per row, launched with Parallel.For.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.SharedTile_TreeReduceRows;

public static class BlockSoftmax
{
    private const int BlockDim = 8;

    public static void Forward(float[] input, float[] output, int rows, int cols)
    {
        Parallel.For(0, rows, blockIdx => Block(blockIdx, input, output, cols));
    }

    private static void Block(int blockIdx, float[] input, float[] output, int cols)
    {
        var shared = new float[BlockDim];
        int rowStart = blockIdx * cols;

        for (int t = 0; t < BlockDim; t++)
        {
            float local = float.NegativeInfinity;
            for (int c = t; c < cols; c += BlockDim)
            {
                local = MathF.Max(local, input[rowStart + c]);
            }

            shared[t] = local;
        }

        for (int stride = BlockDim / 2; stride > 0; stride >>= 1)
        {
            for (int t = 0; t < stride; t++)
            {
                shared[t] = MathF.Max(shared[t], shared[t + stride]);
            }
        }

        float rowMax = shared[0];

        for (int t = 0; t < BlockDim; t++)
        {
            float local = 0f;
            for (int c = t; c < cols; c += BlockDim)
            {
                float e = MathF.Exp(input[rowStart + c] - rowMax);
                output[rowStart + c] = e;
                local += e;
            }

            shared[t] = local;
        }

        for (int stride = BlockDim / 2; stride > 0; stride >>= 1)
        {
            for (int t = 0; t < stride; t++)
            {
                shared[t] += shared[t + stride];
            }
        }

        float rowSum = shared[0];
        for (int c = 0; c < cols; c++)
        {
            output[rowStart + c] /= rowSum;
        }
    }
}
