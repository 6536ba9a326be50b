// Idiom: abstract base class with a template method — the base folds each row's max and exponentiates, an abstract
// override (the subclass) supplies the denominator of the row it is given.
// Use: the output activation of a classifier head, one softmax per sample.
// Layout: flat float[batch * classes], row-major, rows handed out as Span<float> slices.
// Correct: the max and the sum both run over one row.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.AbstractTemplate_RowTotalOverride;

public abstract class NormalizedActivation
{
    protected NormalizedActivation(int classes) => Classes = classes;

    public int Classes { get; }

    public void Forward(float[] logits, float[] output)
    {
        for (int start = 0; start < logits.Length; start += Classes)
        {
            ReadOnlySpan<float> row = logits.AsSpan(start, Classes);
            Span<float> target = output.AsSpan(start, Classes);
            float peak = row[0];
            for (int k = 1; k < row.Length; k++)
            {
                if (row[k] > peak)
                {
                    peak = row[k];
                }
            }

            for (int k = 0; k < row.Length; k++)
            {
                target[k] = MathF.Exp(row[k] - peak);
            }

            float total = Total(target);
            for (int k = 0; k < target.Length; k++)
            {
                target[k] /= total;
            }
        }
    }

    protected abstract float Total(ReadOnlySpan<float> exps);
}

public sealed class SoftmaxActivation : NormalizedActivation
{
    public SoftmaxActivation(int classes)
        : base(classes)
    {
    }

    protected override float Total(ReadOnlySpan<float> exps)
    {
        float sum = 0f;
        foreach (float e in exps)
        {
            sum += e;
        }

        return sum;
    }
}
