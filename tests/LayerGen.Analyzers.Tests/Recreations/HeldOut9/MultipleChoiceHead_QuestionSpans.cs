// Source: multiple-choice QA heads (SWAG / RACE; Hugging Face `*ForMultipleChoice` post-processing in ONNX Runtime C#
// samples), re-created shape: the model emits one logit per (question, choice) pair, flattened, and each question's
// choices are normalised together.
// Layout: ReadOnlySpan<float> [questions * choices] in, Span<float> out, Slice per question, TensorPrimitives.Max.
// Correct.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut9;

public static class MultipleChoiceHead_QuestionSpans
{
    public static void ChoiceProbabilities(ReadOnlySpan<float> logits, int choices, Span<float> probs)
    {
        for (int start = 0; start + choices <= logits.Length; start += choices)
        {
            ReadOnlySpan<float> q = logits.Slice(start, choices);
            Span<float> p = probs.Slice(start, choices);
            float m = TensorPrimitives.Max(q);
            float sum = 0f;
            for (int c = 0; c < q.Length; c++)
            {
                p[c] = MathF.Exp(q[c] - m);
                sum += p[c];
            }

            for (int c = 0; c < p.Length; c++)
            {
                p[c] /= sum;
            }
        }
    }
}
