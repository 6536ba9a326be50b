// Idiom: deep knowledge tracing read-out: for every student and every step of the interaction sequence, a distribution
// over the answer options of the next question from the network's output logits (DKT-style tutorials, our own C#).
// Layout: List<StudentSequence> records each holding float[steps][options]; List<float[][]> out; foreach + MathF.Max.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut50.KnowledgeTracing_StudentSteps;

public sealed record StudentSequence(string StudentId, float[][] OptionLogits);

public static class NextAnswer
{
    public static List<float[][]> Distributions(List<StudentSequence> students)
    {
        var result = new List<float[][]>(students.Count);
        foreach (StudentSequence student in students)
        {
            var steps = new float[student.OptionLogits.Length][];
            for (int t = 0; t < steps.Length; t++)
            {
                float[] logits = student.OptionLogits[t];
                float peak = float.NegativeInfinity;
                foreach (float v in logits)
                {
                    peak = MathF.Max(peak, v);
                }

                var dist = new float[logits.Length];
                float mass = 0f;
                for (int k = 0; k < logits.Length; k++)
                {
                    dist[k] = MathF.Exp(logits[k] - peak);
                    mass += dist[k];
                }

                for (int k = 0; k < dist.Length; k++)
                {
                    dist[k] /= mass;
                }

                steps[t] = dist;
            }

            result.Add(steps);
        }

        return result;
    }
}
