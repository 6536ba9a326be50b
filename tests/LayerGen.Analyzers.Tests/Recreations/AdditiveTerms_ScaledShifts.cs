// Our own code after the stop-41 review's H14/H15 cases: a scaled max shift written term by term. The exponent is one
// sum of (sign, data-free coefficient, atom) terms; each logit's maximum enters with the logit's coefficient negated
// ((1 - a) * v + (a - 1) * m, beta * v + negShift with negShift = -beta * m, a blend of two score rows each minus its own
// scaled maximum). Every method is correct (checked numerically): no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.AdditiveTerms_ScaledShifts;

public static class ScaledShifts
{
    public static double[] NegatedDifference(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp(-(1 - a) * (m - v))).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] ScaledDifference(double[] x, double a) { double m = x.Max(); double beta = 1 - a; var e = x.Select(v => Math.Exp((v - m) * beta)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] NegatedCoefficient(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp((1 - a) * v + (a - 1) * m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] SubtractedLocal(double[] x, double a) { double m = x.Max(); double beta = 1 - a; double shift = beta * m; var e = x.Select(v => Math.Exp(beta * v - shift)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] AddedNegatedLocal(double[] x, double a)
    {
        double m = x.Max(); double beta = 1 - a; double negShift = -beta * m;
        var e = x.Select(v => Math.Exp(beta * v + negShift)).ToArray();
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public static double[] AddedNegation(double[] x)
    {
        double m = x.Max(); double neg = -m;
        var e = x.Select(v => Math.Exp(v + neg)).ToArray();
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public static void RowsOfAMatrix(float[,] x, float temperature, float[,] p)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < x.GetLength(1); k++) m = MathF.Max(m, x[r, k]);
            float keep = 1f - temperature, negTop = (temperature - 1f) * m, z = 0f;
            for (int k = 0; k < x.GetLength(1); k++) { p[r, k] = MathF.Exp(keep * x[r, k] + negTop); z += p[r, k]; }
            for (int k = 0; k < x.GetLength(1); k++) p[r, k] /= z;
        }
    }
}

public static class Hybrid
{
    public static double[] TermByTerm(double[] lex, double[] sem, double alpha)
    {
        double ml = lex.Max(), ms = sem.Max();
        var e = new double[lex.Length];
        for (int i = 0; i < e.Length; i++) e[i] = Math.Exp(alpha * lex[i] + (1 - alpha) * sem[i] - alpha * ml - (1 - alpha) * ms);
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public static double[] FoldedNegativeCoefficient(double[] lex, double[] sem, double alpha)
    {
        double ml = lex.Max(), ms = sem.Max();
        var e = new double[lex.Length];
        for (int i = 0; i < e.Length; i++) e[i] = Math.Exp(alpha * (lex[i] - ml) + (1 - alpha) * sem[i] + (alpha - 1) * ms);
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public static List<double> JaggedRows(double[][] lex, double[][] sem, int q, double alpha)
    {
        double ml = lex[q].Max(), ms = sem[q].Max();
        var w = new List<double>();
        for (int d = 0; d < lex[q].Length; d++) w.Add(Math.Exp(alpha * lex[q][d] - alpha * ml + (1 - alpha) * sem[q][d] + (alpha - 1) * ms));
        double total = w.Sum();
        return w.Select(v => v / total).ToList();
    }
}
