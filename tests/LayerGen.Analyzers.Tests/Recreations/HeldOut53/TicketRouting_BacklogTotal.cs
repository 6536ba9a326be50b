// Idiom: ticket routing probabilities over queues for a whole backlog, LINQ over ticket records, keyed by ticket id.
// Layout: IReadOnlyList<Ticket> records with a double[] of queue scores; List<double[]> of shifted exps;
// Dictionary<int, double[]> out.
// Bug (LG0002): the shift is per ticket, but the normaliser `weights.Sum(w => w.Sum())` sums the whole backlog.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut53.TicketRouting_BacklogTotal;

public sealed record Ticket(int Id, double[] QueueScores);

public static class BacklogRouter
{
    public static Dictionary<int, double[]> Route(IReadOnlyList<Ticket> backlog)
    {
        List<double[]> weights = backlog.Select(t =>
        {
            double top = t.QueueScores.Max();
            return t.QueueScores.Select(s => Math.Exp(s - top)).ToArray();
        }).ToList();
        double total = weights.Sum(w => w.Sum()); //~ LG0002
        var result = new Dictionary<int, double[]>();
        for (int i = 0; i < backlog.Count; i++)
        {
            result[backlog[i].Id] = weights[i].Select(w => w / total).ToArray();
        }

        return result;
    }
}
