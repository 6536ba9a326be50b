// Variants (our own code) of HeldOut6/RecordClassCandidatesRawExp.cs and RecordStructTokenScores.cs (LLM candidate
// records, Unity utility-AI option structs): one list or array of records carries two score members, and one method
// computes two softmaxes, one per member, each with its own maximum and sum (policy and prior of an MCTS node). The
// maximum of each member is subtracted from that member only.
// Layouts: List<record class> with foreach, struct[] indexed, jagged rows of structs. Correct.
using System;
using System.Collections.Generic;

namespace Recreations.RecordMembers_TwoSoftmaxes;

public sealed record Candidate(string Token, double Score, double Prior)
{
    public double Policy { get; set; }

    public double PriorWeight { get; set; }
}

public struct Option
{
    public float Utility;
    public float Bias;
    public float P;
    public float Q;
}

public static class TwoSoftmaxes
{
    public static void CandidateList(List<Candidate> items)
    {
        double maxScore = double.NegativeInfinity;
        double maxPrior = double.NegativeInfinity;
        foreach (var c in items)
        {
            maxScore = Math.Max(maxScore, c.Score);
            maxPrior = Math.Max(maxPrior, c.Prior);
        }

        double scoreSum = 0.0;
        double priorSum = 0.0;
        foreach (var c in items)
        {
            c.Policy = Math.Exp(c.Score - maxScore);
            scoreSum += c.Policy;
            c.PriorWeight = Math.Exp(c.Prior - maxPrior);
            priorSum += c.PriorWeight;
        }

        foreach (var c in items)
        {
            c.Policy /= scoreSum;
            c.PriorWeight /= priorSum;
        }
    }

    public static void OptionArray(Option[] options)
    {
        float maxUtility = float.NegativeInfinity;
        float maxBias = float.NegativeInfinity;
        for (int i = 0; i < options.Length; i++)
        {
            maxUtility = MathF.Max(maxUtility, options[i].Utility);
            maxBias = MathF.Max(maxBias, options[i].Bias);
        }

        float sumP = 0f;
        float sumQ = 0f;
        for (int i = 0; i < options.Length; i++)
        {
            options[i].P = MathF.Exp(options[i].Utility - maxUtility);
            sumP += options[i].P;
        }

        for (int i = 0; i < options.Length; i++)
        {
            options[i].Q = MathF.Exp(options[i].Bias - maxBias);
            sumQ += options[i].Q;
        }

        for (int i = 0; i < options.Length; i++)
        {
            options[i].P /= sumP;
            options[i].Q /= sumQ;
        }
    }

    public static void OptionRows(Option[][] rows)
    {
        foreach (var row in rows)
        {
            float m = float.NegativeInfinity;
            foreach (var option in row)
                m = MathF.Max(m, option.Utility);
            float s = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j].P = MathF.Exp(row[j].Utility - m);
                s += row[j].P;
            }

            for (int j = 0; j < row.Length; j++)
                row[j].P /= s;
        }
    }
}
