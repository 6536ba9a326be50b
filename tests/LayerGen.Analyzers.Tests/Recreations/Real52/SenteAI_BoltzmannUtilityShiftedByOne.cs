// Source: orikome/SenteAI Assets/Core/Scripts/SelectionStrategies/BoltzmannUtilitySelectionStrategy.cs:47 (re-created, not copied)
// Layout: a game agent's actions (objects with a mutable ScaledUtilityScore property) filtered with LINQ
// `Where(...).ToList()`; each score becomes max(exp(score / T) − 1, 0) written back into the same property and
// summed in float; an action is then drawn by a running total of score / total. T is an editor field in [0.01, 1].
// Label: LG0003 — no maximum score is subtracted before the exp: scores are scaled utilities of about 0.01–1, so at
// the lowest temperatures score / T reaches 100 > 88.7 and MathF.Exp overflows to inf: inf / inf = NaN, and the
// draw falls through to the last action. The − 1 and the clamp at 0 do not bound the exponent.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real52.SenteAIBoltzmannUtilityShiftedByOne;

public sealed class UtilityAction
{
    public const float MinUtility = 0.01f;

    public string Name { get; set; } = "";

    public float ScaledUtilityScore { get; set; }

    public bool OnCooldown { get; set; }

    public bool CanExecute() => !OnCooldown && ScaledUtilityScore > MinUtility;
}

public sealed class BoltzmannUtilitySelection
{
    private readonly float _temperature;
    private readonly Random _random = new Random(3);

    public BoltzmannUtilitySelection(float temperature) => _temperature = temperature;

    public UtilityAction? SelectAction(List<UtilityAction> actions)
    {
        var valid = actions.Where(action => action.CanExecute()).ToList();
        if (valid.Count == 0)
        {
            return null;
        }

        float totalScore = 0.0f;
        foreach (var action in valid)
        {
            action.ScaledUtilityScore = MathF.Max(MathF.Exp(action.ScaledUtilityScore / _temperature) - 1, 0.0f); //~ LG0003
            totalScore += action.ScaledUtilityScore;
        }

        if (totalScore < UtilityAction.MinUtility)
        {
            return null;
        }

        float draw = (float)_random.NextDouble();
        float runningTotal = 0.0f;
        foreach (var action in valid)
        {
            runningTotal += action.ScaledUtilityScore / totalScore;
            if (draw <= runningTotal)
            {
                return action;
            }
        }

        return valid.Last();
    }
}
