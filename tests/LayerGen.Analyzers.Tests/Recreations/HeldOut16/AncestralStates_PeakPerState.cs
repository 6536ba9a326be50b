// Source: marginal ancestral state reconstruction (Yang, Kumar & Nei 1995; state-major partial vectors as in
// BEAGLE-style likelihood buffers): posterior of state x at a site ∝ π_x L_x.
// Layout: state-major jagged double[states][sites] log partials, linear frequencies; the "scaling" peak per state is
// LINQ Max over that state's sites; the posterior is normalised per site over the states.
// Bug: LG0004 (peak per state over the sites, sum per site over the states).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut16.AncestralStates_PeakPerState;

public static class Ancestral
{
    /// <summary>Root posterior [sites][states].</summary>
    public static double[][] RootPosterior(double[][] logPartials, double[] frequencies)
    {
        int states = logPartials.Length, sites = logPartials[0].Length;
        var stateMax = new double[states];
        for (int k = 0; k < states; k++)
            stateMax[k] = logPartials[k].Max(); //~ LG0004

        var posterior = new double[sites][];
        for (int site = 0; site < sites; site++)
        {
            var row = new double[states];
            double likelihood = 0;
            for (int k = 0; k < states; k++)
            {
                row[k] = frequencies[k] * Math.Exp(logPartials[k][site] - stateMax[k]);
                likelihood += row[k];
            }
            for (int k = 0; k < states; k++) row[k] /= likelihood;
            posterior[site] = row;
        }
        return posterior;
    }
}
