// Source: competing-risks multinomial logit of mortgage termination (Calhoun & Deng 2002; Clapp, Deng & An 2006):
// each loan-month ends current (the reference outcome, utility 0), prepaid or in default.
// Layout: IReadOnlyList of record LoanMonth with utilities computed in the method from a Coefficients record; the
// reference outcome's 0 utility is part of the peak (Math.Max(0, …) seed); a List of named tuples out.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.MortgageTermination_CompetingRisks;

public sealed record LoanMonth(double RateSpread, double LoanToValue, double AgeMonths);

public sealed record Coefficients(double PrepayIntercept, double PrepaySpread, double DefaultIntercept, double DefaultLtv, double Age);

public static class TerminationModel
{
    /// <summary>(current, prepay, default) probabilities per loan-month.</summary>
    public static List<(double Current, double Prepay, double Default)> Probabilities(IReadOnlyList<LoanMonth> loans, Coefficients b)
    {
        var result = new List<(double Current, double Prepay, double Default)>(loans.Count);
        foreach (LoanMonth loan in loans)
        {
            double prepay = b.PrepayIntercept + b.PrepaySpread * loan.RateSpread + b.Age * loan.AgeMonths;
            double @default = b.DefaultIntercept + b.DefaultLtv * loan.LoanToValue;
            double top = Math.Max(0.0, Math.Max(prepay, @default));
            double eCurrent = Math.Exp(-top);
            double ePrepay = Math.Exp(prepay - top);
            double eDefault = Math.Exp(@default - top);
            double z = eCurrent + ePrepay + eDefault;
            result.Add((eCurrent / z, ePrepay / z, eDefault / z));
        }
        return result;
    }
}
