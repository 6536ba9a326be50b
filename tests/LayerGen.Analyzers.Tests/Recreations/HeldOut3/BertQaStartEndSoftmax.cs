// Re-creates: BERT question-answering C# samples (ML.NET / ONNX Runtime BERT QA): start and end logits each turned
// into probabilities by a small LINQ softmax helper (Max, Select, Sum).
// Layout: two 1-D float arrays, one softmax each over all tokens.
// Correct.
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.BertQaStartEndSoftmax;

public static class AnswerScorer
{
    public static (float[] Start, float[] End) Probabilities(float[] startLogits, float[] endLogits)
        => (Softmax(startLogits), Softmax(endLogits));

    private static float[] Softmax(IReadOnlyCollection<float> logits)
    {
        float max = logits.Max();
        float[] exps = logits.Select(l => System.MathF.Exp(l - max)).ToArray();
        float sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }
}
