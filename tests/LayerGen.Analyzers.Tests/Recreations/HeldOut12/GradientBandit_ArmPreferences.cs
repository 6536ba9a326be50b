// Source: gradient bandit algorithm (Sutton & Barto 2018, §2.8; ShangtongZhang/reinforcement-learning-an-introduction
// `Bandit.act` with `gradient=True`): π(a) = softmax of the arm preferences H(a), then H moves by the reward minus a
// baseline. Layout: readonly record struct Arm with a `Preference` property in an array, LINQ `Max` over the property,
// preferences updated with `with`.
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public readonly record struct Arm(string Name, double Preference);

public static class GradientBandit_ArmPreferences
{
    public static double[] Policy(Arm[] arms)
    {
        double top = arms.Max(a => a.Preference);
        double[] pi = new double[arms.Length];
        double z = 0.0;
        for (int i = 0; i < arms.Length; i++)
        {
            pi[i] = Math.Exp(arms[i].Preference - top);
            z += pi[i];
        }

        for (int i = 0; i < pi.Length; i++)
        {
            pi[i] /= z;
        }

        return pi;
    }

    public static void Update(Arm[] arms, double[] pi, int chosen, double reward, double baseline, double stepSize)
    {
        for (int i = 0; i < arms.Length; i++)
        {
            double indicator = i == chosen ? 1.0 : 0.0;
            arms[i] = arms[i] with { Preference = arms[i].Preference + stepSize * (reward - baseline) * (indicator - pi[i]) };
        }
    }
}
