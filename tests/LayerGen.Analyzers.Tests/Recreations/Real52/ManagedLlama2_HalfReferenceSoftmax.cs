// Source: GilesBathgate/ManagedLlama2 test/SoftmaxLogitsTests.cs:33 and test/SoftmaxTests.cs:31 (re-created, not copied)
// Layout: CPU reference softmaxes that the CUDA kernels are tested against. (1) Half[] logits divided in place by a
// temperature, the maximum read through (float) casts, exp(x − max) written back as Half with a float running sum,
// then the Half array divided; an index permutation filled alongside. (2) A Half[] converted to float[] by an
// extension helper, the llama2.c in-place softmax, converted back.
// Label: correct ×2 — the maximum of the (tempered) values is subtracted; rows offset by ±1000 give the same
// result (up to Half rounding).
using System;

namespace Recreations.Real52.ManagedLlama2HalfReferenceSoftmax;

public static class HalfArrays
{
    public static float[] ToFloat(this Half[] values)
    {
        var result = new float[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = (float)values[i];
        }

        return result;
    }

    public static Half[] ToHalf(this float[] values)
    {
        var result = new Half[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = (Half)values[i];
        }

        return result;
    }
}

public sealed class ReferenceKernels
{
    public Half[] ExpectedLogits(Half[] logits, float temperature, out int[] indices)
    {
        var size = logits.Length;
        indices = new int[size];
        for (var i = 0; i < size; ++i)
        {
            indices[i] = i;
            float value = (float)logits[i];
            value /= temperature;
            logits[i] = (Half)value;
        }

        float maxValue = (float)logits[0];
        for (int i = 1; i < size; i++)
        {
            if ((float)logits[i] > maxValue)
            {
                maxValue = (float)logits[i];
            }
        }

        float sum = 0.0f;
        for (int i = 0; i < size; i++)
        {
            float v = MathF.Exp((float)logits[i] - maxValue);
            logits[i] = (Half)v;
            sum += v;
        }

        for (int i = 0; i < size; i++)
        {
            logits[i] = (Half)((float)logits[i] / sum);
        }

        return logits;
    }

    public Half[] Expected(Half[] input)
    {
        var x = input.ToFloat();
        int size = x.Length;
        float maxValue = x[0];
        for (int i = 1; i < size; i++)
        {
            if (x[i] > maxValue)
            {
                maxValue = x[i];
            }
        }

        float sum = 0.0f;
        for (int i = 0; i < size; i++)
        {
            x[i] = MathF.Exp(x[i] - maxValue);
            sum += x[i];
        }

        for (int i = 0; i < size; i++)
        {
            x[i] /= sum;
        }

        return x.ToHalf();
    }
}
