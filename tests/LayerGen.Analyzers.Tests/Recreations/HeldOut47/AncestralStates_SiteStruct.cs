// Idiom: marginal ancestral state reconstruction: the posterior of A/C/G/T at an internal node of a phylogeny, per
// alignment site, from the node's log conditional likelihoods plus log base frequencies (already summed per member).
// Layout: NodeSite[] of mutable structs with one member per base (A, C, G, T); the maximum as nested Math.Max over the
// members; result struct BaseProbabilities; Math.Exp.
// Correct.
using System;

namespace HeldOut47.AncestralStates_SiteStruct;

public struct NodeSite
{
    public double A;
    public double C;
    public double G;
    public double T;
}

public struct BaseProbabilities
{
    public double A;
    public double C;
    public double G;
    public double T;
}

public static class AncestralReconstruction
{
    public static BaseProbabilities[] Marginals(NodeSite[] sites)
    {
        var result = new BaseProbabilities[sites.Length];
        for (int s = 0; s < sites.Length; s++)
        {
            NodeSite x = sites[s];
            double m = Math.Max(Math.Max(x.A, x.C), Math.Max(x.G, x.T));
            double a = Math.Exp(x.A - m);
            double c = Math.Exp(x.C - m);
            double g = Math.Exp(x.G - m);
            double t = Math.Exp(x.T - m);
            double z = a + c + g + t;
            result[s] = new BaseProbabilities { A = a / z, C = c / z, G = g / z, T = t / z };
        }

        return result;
    }
}
