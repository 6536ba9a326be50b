// Idiom: Monte Carlo tree search (AlphaZero style). On expansion each node's children get priors from the network's
// logits (softmax per node over its children); after the search the move is drawn from the visit-count policy
// pi(a) = N(a)^(1/T) / sum_b N(b)^(1/T), the "visits ** (1/t), then normalise" step that AlphaZero re-implementations
// describe (e.g. the CogitoNTNU Deeptactics-AlphaZero notes); the counts are divided by the most visited child's first,
// which is the max-shift of ln(N)/T. Written as our own code.
// Layout: `Node` class with a `List<Node>` of children; LINQ `children.Max(c => c.Logit)`, `foreach` sums; the visit
// policy in double with Math.Pow.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut46.Mcts_ChildPriorsAndVisits;

public sealed class Node
{
    public Node(float logit) => Logit = logit;

    public float Logit { get; }

    public float Prior { get; set; }

    public int Visits { get; set; }

    public List<Node> Children { get; } = new();
}

public static class Search
{
    public static void SetPriors(IEnumerable<Node> expanded)
    {
        foreach (Node node in expanded)
        {
            List<Node> children = node.Children;
            if (children.Count == 0)
            {
                continue;
            }

            float top = children.Max(c => c.Logit);
            float z = 0f;
            foreach (Node c in children)
            {
                z += MathF.Exp(c.Logit - top);
            }

            foreach (Node c in children)
            {
                c.Prior = MathF.Exp(c.Logit - top) / z;
            }
        }
    }

    public static double[] VisitPolicy(Node root, double temperature)
    {
        int most = root.Children.Max(c => c.Visits);
        var pi = new double[root.Children.Count];
        double total = 0;
        for (int i = 0; i < pi.Length; i++)
        {
            pi[i] = Math.Pow(root.Children[i].Visits / (double)most, 1.0 / temperature);
            total += pi[i];
        }

        for (int i = 0; i < pi.Length; i++)
        {
            pi[i] /= total;
        }

        return pi;
    }
}
