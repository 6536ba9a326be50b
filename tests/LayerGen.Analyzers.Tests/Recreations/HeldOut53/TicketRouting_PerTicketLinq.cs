// Idiom: ticket routing probabilities per support queue: a helpdesk service turns each ticket's queue-affinity scores
// into a distribution over queues, written with LINQ.
// Layout: List<double[]> (one array of queue scores per ticket), List<double[]> out.
// Correct: Max, Select and Sum all run over one ticket's scores.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.TicketRouting_PerTicketLinq;

public sealed class TicketRouter
{
    public List<double[]> RoutingProbabilities(List<double[]> queueScores)
    {
        var routed = new List<double[]>(queueScores.Count);
        foreach (double[] scores in queueScores)
        {
            double max = scores.Max();
            double[] exps = scores.Select(s => Math.Exp(s - max)).ToArray();
            double sum = exps.Sum();
            routed.Add(exps.Select(e => e / sum).ToArray());
        }

        return routed;
    }
}
