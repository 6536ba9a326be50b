// Idiom: a record class holding `ReadOnlyMemory<float>` with a `Row(int)` method returning a `ReadOnlyMemory<float>` slice, output into `Memory<float>` (use: async-friendly batch softmax).
// Layout: flat float buffer, row-major, Width classes per row.
// Correct: the max is folded over `row.Span` of one row; sum and division run over that row.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.MemoryRows_RowBlock;

public sealed record RowBlock(ReadOnlyMemory<float> Data, int Width)
{
    public int Height => Data.Length / Width;

    public ReadOnlyMemory<float> Row(int i) => Data.Slice(i * Width, Width);
}

public static class BlockSoftmax
{
    public static void Softmax(RowBlock block, Memory<float> destination)
    {
        for (int i = 0; i < block.Height; i++)
        {
            ReadOnlySpan<float> row = block.Row(i).Span;
            Span<float> target = destination.Slice(i * block.Width, block.Width).Span;
            float max = float.NegativeInfinity;
            foreach (float v in row)
            {
                if (v > max) max = v;
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                target[j] = MathF.Exp(row[j] - max);
                sum += target[j];
            }

            for (int j = 0; j < target.Length; j++)
            {
                target[j] /= sum;
            }
        }
    }
}
