// Idiom: message passing over an adjacency dictionary of incoming edges, attention weight per edge
// Layout: Dictionary<Node, List<Edge>> (records), Dictionary<Edge, double> result
// Bug (LG0002): the denominator is declared once above the node loop and keeps accumulating over every node's edges
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut37.NeighbourLists_DenominatorAcrossNodes;

public sealed record Node(string Name);

public sealed record Edge(Node From, Node To, double Logit);

public static class NeighbourAttention
{
    public static Dictionary<Edge, double> Weights(Dictionary<Node, List<Edge>> incoming)
    {
        var alpha = new Dictionary<Edge, double>();
        double denom = 0.0;
        foreach (var (node, edges) in incoming)
        {
            double peak = edges.Max(e => e.Logit);
            foreach (var e in edges)
            {
                double w = Math.Exp(e.Logit - peak);
                alpha[e] = w;
                denom += w; //~ LG0002
            }

            foreach (var e in edges)
            {
                alpha[e] /= denom;
            }
        }

        return alpha;
    }
}
