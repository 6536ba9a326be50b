// Variants (our own code) of RecordMembers_TwoSoftmaxes.cs, its buggy twins: the maximum is taken over the other member
// of the same records (the prior, or the bias) and subtracted from the scores. It bounds nothing: a score 1000 above
// every prior gives exp(1000) = inf (NaN after the division).
// Layouts: struct[] indexed loops, List<record class> with LINQ. Bug in every method: LG0003.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordMembers_MaxOfOtherMember;

public sealed record Candidate(string Token, double Score, double Prior);

public struct Option
{
    public float Utility;
    public float Bias;
    public float P;
}

public static class OtherMember
{
    public static void OptionArray(Option[] options)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < options.Length; i++)
            m = MathF.Max(m, options[i].Bias);
        float s = 0f;
        for (int i = 0; i < options.Length; i++)
        {
            options[i].P = MathF.Exp(options[i].Utility - m); //~ LG0003
            s += options[i].P;
        }

        for (int i = 0; i < options.Length; i++)
            options[i].P /= s;
    }

    public static double[] CandidateList(List<Candidate> items)
    {
        double m = items.Max(c => c.Prior);
        double[] e = items.Select(c => Math.Exp(c.Score - m)).ToArray(); //~ LG0003
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }
}
