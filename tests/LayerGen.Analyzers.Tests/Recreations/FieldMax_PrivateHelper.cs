// Variant (our own code) of the layer-object style of harujoh/KelpNet, KelpNet.Functions.Activations.Softmax
// (a function object that keeps state in fields between calls) where the max is found by a private helper
// that stores it in a field, over the whole batch, before Forward walks the rows.
// Layout: jagged float[][] batch, max in the field "largest". Bug (LG0001): the helper's max spans every
// row; Forward subtracts it from each row while summing per row.
using System;

namespace Recreations.FieldMaxPrivateHelper;

public sealed class SoftmaxLayer
{
    private float largest;

    public float[][] Forward(float[][] batch)
    {
        FindLargest(batch); //~ LG0001
        var output = new float[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            float[] row = batch[r];
            var probs = new float[row.Length];
            float total = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                probs[c] = MathF.Exp(row[c] - largest);
                total += probs[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                probs[c] /= total;
            }

            output[r] = probs;
        }

        return output;
    }

    private void FindLargest(float[][] batch)
    {
        largest = float.NegativeInfinity;
        foreach (float[] row in batch)
        {
            foreach (float v in row)
            {
                largest = MathF.Max(largest, v);
            }
        }
    }
}
