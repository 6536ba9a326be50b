// Re-creates: a softmax layer class (CNTK/SiaNet-style C# wrappers) whose private Prepare helper stores the
// "stability shift" in a field, computed over the whole input batch, before the per-row forward.
// Layout: flat [rows, cols] row-major float[]; softmax axis = cols. Max kept in a private field.
// Bug: LG0001 (field max over the whole batch).
using System;

namespace LayerGen.Recreations.HeldOut3.FieldShiftPrepareHelper;

public sealed class SoftmaxLayer
{
    private readonly int units;
    private float shift;

    public SoftmaxLayer(int units) => this.units = units;

    public void Forward(float[] input, float[] output)
    {
        Prepare(input); //~ LG0001
        for (int o = 0; o < input.Length; o += units)
        {
            float sum = 0f;
            for (int j = 0; j < units; j++)
            {
                output[o + j] = MathF.Exp(input[o + j] - shift);
                sum += output[o + j];
            }

            for (int j = 0; j < units; j++)
            {
                output[o + j] /= sum;
            }
        }
    }

    private void Prepare(float[] input)
    {
        shift = float.MinValue;
        for (int i = 0; i < input.Length; i++)
        {
            shift = MathF.Max(shift, input[i]);
        }
    }
}
