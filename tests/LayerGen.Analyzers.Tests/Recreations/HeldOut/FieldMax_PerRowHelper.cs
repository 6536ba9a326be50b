// Re-creation (our own code) of harujoh/KelpNet's layer-object style (state kept in fields between calls) with the
// maximum found by a private helper that stores it in a field, called once per row before that row's exps, i.e.
// the correct counterpart of the "max in a field" bug of issue 8.
// Layout: jagged float[][] batch; per-row maximum in the field `rowMax` set by FindRowMax(row). Correct.
using System;

namespace HeldOut.FieldMaxPerRowHelper;

public sealed class SoftmaxLayer
{
    private float rowMax;

    public float[][] Forward(float[][] batch)
    {
        var output = new float[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            float[] row = batch[r];
            FindRowMax(row);
            var y = new float[row.Length];
            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                y[j] = MathF.Exp(row[j] - rowMax);
                sum += y[j];
            }

            for (int j = 0; j < y.Length; j++)
            {
                y[j] /= sum;
            }

            output[r] = y;
        }

        return output;
    }

    private void FindRowMax(float[] row)
    {
        rowMax = float.NegativeInfinity;
        foreach (float v in row)
        {
            rowMax = MathF.Max(rowMax, v);
        }
    }
}
