// Source: gradient bandit algorithm (Sutton & Barto 2018, §2.8): π(a) = softmax of the arm preferences.
// Layout: readonly record struct BanditArm in an array, LINQ `Select` of the exps and `Sum`.
// Bug: LG0003 — the preferences are exponentiated raw; they grow without bound under the update.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public readonly record struct BanditArm(string Name, double Preference);

public static class GradientBandit_RawPreferences
{
    public static double[] Policy(BanditArm[] arms)
    {
        double[] e = arms.Select(a => Math.Exp(a.Preference)).ToArray(); //~ LG0003
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }
}
