// Re-creates: a minibatch softmax over ArraySegment<float> rows of one pooled buffer (the shape of ArrayPool-based C# inference code)
// Layout: flat float[] split into ArraySegment<float> rows; LINQ Max per segment, indexer writes
// Expected: Correct
using System;
using System.Linq;

namespace HeldOut2.ArraySegmentRowsSoftmax;

public static class PooledInference
{
    public static void Softmax(float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<float>(buffer, r * cols, cols);
            float max = row.Max();
            float sum = 0f;
            for (int c = 0; c < row.Count; c++)
            {
                row[c] = MathF.Exp(row[c] - max);
                sum += row[c];
            }

            for (int c = 0; c < row.Count; c++)
            {
                row[c] /= sum;
            }
        }
    }
}
