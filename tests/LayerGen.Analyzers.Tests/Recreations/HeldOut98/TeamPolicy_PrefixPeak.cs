// Idiom: a shared policy head for a team, each teammate's block [start, end) of one logit buffer.
// Use: discrete-action policy of a multi-agent team.
// Layout: flat double[agents * actions], row-major, start/end offsets per agent.
// Bug (LG0001): the max loop starts at 0 instead of start, so it spans every earlier teammate's logits too (a prefix);
// a teammate far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.TeamPolicy_PrefixPeak;

public static class TeamHead
{
    public static double[] Forward(double[] logits, int agents, int actions)
    {
        var probs = new double[logits.Length];
        for (int g = 0; g < agents; g++)
        {
            int start = g * actions, end = start + actions;
            double max = double.NegativeInfinity;
            for (int k = 0; k < end; k++) max = Math.Max(max, logits[k]); //~ LG0001

            double sum = 0;
            for (int k = start; k < end; k++) sum += probs[k] = Math.Exp(logits[k] - max);
            for (int k = start; k < end; k++) probs[k] /= sum;
        }

        return probs;
    }
}
