// Source: re-creates the shape of multinomial-logit fare-class choice in airline revenue management (choice-based RM,
// Talluri & van Ryzin 2004): the share of bookings each open fare class of a flight draws, ∝ exp(utility).
// Layout: Dictionary<string, double[]> from flight number to its fare classes' utilities, deconstructed foreach,
// LINQ Max per flight; a second pass over the result dictionary divides.
// Label: LG0002 — the exps are shifted per flight, but one running total over every flight's fare classes is the
// denominator of all of them, so no flight's shares sum to 1.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut22.AirlineFares_TotalOverFlights;

/// <summary>Fare-class booking shares per flight.</summary>
public static class FareChoice
{
    /// <summary>For every flight, the logit share of each fare class.</summary>
    public static Dictionary<string, double[]> Shares(Dictionary<string, double[]> utilities)
    {
        var shares = new Dictionary<string, double[]>(utilities.Count);
        double total = 0.0;
        foreach (var (flight, fareUtilities) in utilities)
        {
            double top = fareUtilities.Max();
            var share = new double[fareUtilities.Length];
            for (int f = 0; f < fareUtilities.Length; f++)
            {
                share[f] = Math.Exp(fareUtilities[f] - top);
                total += share[f]; //~ LG0002
            }

            shares[flight] = share;
        }

        foreach (var share in shares.Values)
        {
            for (int f = 0; f < share.Length; f++)
            {
                share[f] /= total;
            }
        }

        return shares;
    }
}
