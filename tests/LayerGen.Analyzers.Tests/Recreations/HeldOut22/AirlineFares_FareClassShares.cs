// Source: re-creates the shape of multinomial-logit fare-class choice in airline revenue management (choice-based RM,
// Talluri & van Ryzin 2004): the share of bookings each open fare class of a flight draws, ∝ exp(utility).
// Layout: Dictionary<string, double[]> from flight number to its fare classes' utilities, deconstructed foreach,
// LINQ Max per flight; results in a new dictionary.
// Label: Correct — each flight's fare classes are shifted by and divided by that flight's own max and sum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut22.AirlineFares_FareClassShares;

/// <summary>Fare-class booking shares per flight.</summary>
public static class FareChoice
{
    /// <summary>For every flight, the logit share of each fare class.</summary>
    public static Dictionary<string, double[]> Shares(Dictionary<string, double[]> utilities)
    {
        var shares = new Dictionary<string, double[]>(utilities.Count);
        foreach (var (flight, fareUtilities) in utilities)
        {
            double top = fareUtilities.Max();
            var share = new double[fareUtilities.Length];
            double sum = 0.0;
            for (int f = 0; f < fareUtilities.Length; f++)
            {
                share[f] = Math.Exp(fareUtilities[f] - top);
                sum += share[f];
            }

            for (int f = 0; f < share.Length; f++)
            {
                share[f] /= sum;
            }

            shares[flight] = share;
        }

        return shares;
    }
}
