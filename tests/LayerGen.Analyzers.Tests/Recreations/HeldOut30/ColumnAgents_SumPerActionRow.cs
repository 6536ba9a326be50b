// A shared policy head over a squad of agents (parameter-shared multi-agent sims, Z = W · H with agents as columns),
// normalised by code carried over from a row-major version.
// Layout: column-major float[actions, agents]; one softmax per agent = per column.
// Bug (LG0004): the max is taken per agent over its actions (down the column), but the exps are summed per action over
// the agents (along the row) and each cell divided by its row's total: max and sum run over different axes, so no
// agent's probabilities sum to 1 and an agent far below the others underflows.
using System;

namespace HeldOut30.ColumnAgents_SumPerActionRow;

/// <summary>Squad policy probabilities from a column-per-agent logit matrix.</summary>
public static class SquadPolicy
{
    /// <summary>Intended π_a(k) for every agent a (columns).</summary>
    public static float[,] Probabilities(float[,] logits)
    {
        int actions = logits.GetLength(0);
        int agents = logits.GetLength(1);
        var agentPeak = new float[agents];
        for (int a = 0; a < agents; a++)
        {
            agentPeak[a] = float.NegativeInfinity;
            for (int k = 0; k < actions; k++)
            {
                agentPeak[a] = MathF.Max(agentPeak[a], logits[k, a]); //~ LG0004
            }
        }

        var probabilities = new float[actions, agents];
        var actionTotal = new float[actions];
        for (int k = 0; k < actions; k++)
        {
            for (int a = 0; a < agents; a++)
            {
                float e = MathF.Exp(logits[k, a] - agentPeak[a]);
                probabilities[k, a] = e;
                actionTotal[k] += e;
            }
        }

        for (int k = 0; k < actions; k++)
        {
            for (int a = 0; a < agents; a++)
            {
                probabilities[k, a] /= actionTotal[k];
            }
        }

        return probabilities;
    }
}
