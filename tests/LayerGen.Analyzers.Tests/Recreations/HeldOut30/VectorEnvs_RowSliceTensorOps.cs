// A vectorised-environment policy step (many game envs stepped together, one network call for all of them): the
// actor's logits for every env in one flat buffer, each env's row softmaxed with System.Numerics.Tensors primitives.
// Layout: flat Span<float> [envs · actions], row e = Slice(e · actions, actions); output in a second buffer.
// Correct: TensorPrimitives.Max of each row slice, subtract, Exp, Sum of the row, Divide, all on the row's slice.
using System;
using System.Numerics.Tensors;

namespace HeldOut30.VectorEnvs_RowSliceTensorOps;

/// <summary>Policy step for a vector of environments.</summary>
public static class VectorPolicy
{
    /// <summary>probabilities row e = softmax(logits row e).</summary>
    public static void Step(ReadOnlySpan<float> logits, Span<float> probabilities, int envs, int actions)
    {
        for (int e = 0; e < envs; e++)
        {
            ReadOnlySpan<float> row = logits.Slice(e * actions, actions);
            Span<float> output = probabilities.Slice(e * actions, actions);
            float peak = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, peak, output);
            TensorPrimitives.Exp(output, output);
            float total = TensorPrimitives.Sum(output);
            TensorPrimitives.Divide(output, total, output);
        }
    }
}
