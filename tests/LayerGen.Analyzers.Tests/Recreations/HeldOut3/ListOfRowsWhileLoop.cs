// Re-creates: darknet/C-port style softmax in C# (while loops with manual counters) over a List<float[]> batch, the
// shape of hobby "neural network from scratch" repositories.
// Layout: List<float[]>; softmax axis = each array. float, seeded with float.MinValue.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut3.ListOfRowsWhileLoop;

public static class ListSoftmax
{
    public static List<float[]> Forward(List<float[]> batch)
    {
        var result = new List<float[]>(batch.Count);
        int b = 0;
        while (b < batch.Count)
        {
            float[] row = batch[b];
            float largest = float.MinValue;
            int i = 0;
            while (i < row.Length)
            {
                if (row[i] > largest)
                {
                    largest = row[i];
                }

                i++;
            }

            var y = new float[row.Length];
            float sum = 0f;
            i = 0;
            while (i < row.Length)
            {
                y[i] = MathF.Exp(row[i] - largest);
                sum += y[i];
                i++;
            }

            i = 0;
            while (i < y.Length)
            {
                y[i] /= sum;
                i++;
            }

            result.Add(y);
            b++;
        }

        return result;
    }
}
