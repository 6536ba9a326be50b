// Source: asarnaout/OpenGeneticAlgorithm.NET OpenGA.Net/ReproductionSelectors/BoltzmannReproductionSelector.cs:19
// (fixed temperature, commit 04ec5ac3484a) and :29 (decaying temperature, a later stored version; its two overloads merged here into one with the epoch) (re-created, not copied)
// Layout: Boltzmann selection over a Chromosome<T>[] population: weights exp((fitness − maxFitness) / T) passed as a
// lambda to a weighted roulette wheel, which normalises by the total weight when it spins. The decaying selector
// computes T = T0·exp(−rate·epoch) first (a decay, not a softmax).
// Label: both SelectMatingPairs correct (the population's own maximum is subtracted; the wheel's total is this
// population's). The roulette wheel, chromosome and couple types are small stand-ins written here.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real55.AsarnaoutOpenGA_ShiftedBoltzmannSelection;

/// <summary>An individual with a fitness.</summary>
public sealed class Chromosome<T>(T genes, double fitness)
{
    /// <summary>The genes.</summary>
    public T Genes { get; } = genes;

    /// <summary>The fitness (higher is better).</summary>
    public double Fitness { get; } = fitness;
}

/// <summary>Two parents.</summary>
public sealed record Couple<T>(Chromosome<T> First, Chromosome<T> Second);

/// <summary>Draws items with probability proportional to their weights.</summary>
public sealed class WeightedRouletteWheel<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly double[] weights;
    private readonly double total;

    private WeightedRouletteWheel(IReadOnlyList<T> items, double[] weights)
    {
        this.items = items;
        this.weights = weights;
        total = weights.Sum();
    }

    /// <summary>A wheel over <paramref name="items"/> weighted by <paramref name="weight"/>.</summary>
    public static WeightedRouletteWheel<T> Init(IReadOnlyList<T> items, Func<T, double> weight) =>
        new(items, items.Select(weight).ToArray());

    /// <summary>One draw.</summary>
    public T Spin(Random random)
    {
        double r = random.NextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < items.Count; i++)
        {
            cumulative += weights[i];
            if (r < cumulative)
            {
                return items[i];
            }
        }

        return items[items.Count - 1];
    }
}

/// <summary>Shared couple-making of the selectors.</summary>
public abstract class BaseReproductionSelector<T>
{
    /// <summary>Chooses the mating pairs of one generation.</summary>
    public abstract IEnumerable<Couple<T>> SelectMatingPairs(Chromosome<T>[] population, Random random, int minimumNumberOfCouples, int currentEpoch);

    /// <summary>Pairs drawn from a wheel the factory builds once.</summary>
    protected static IEnumerable<Couple<T>> CreateStochasticCouples(Chromosome<T>[] population, Random random, int minimumNumberOfCouples, Func<WeightedRouletteWheel<Chromosome<T>>> wheelFactory)
    {
        var wheel = wheelFactory();
        var couples = new List<Couple<T>>();
        for (int i = 0; i < minimumNumberOfCouples; i++)
        {
            couples.Add(new Couple<T>(wheel.Spin(random), wheel.Spin(random)));
        }

        return couples;
    }

    /// <summary>The only pairing of a two-individual population.</summary>
    protected static IEnumerable<Couple<T>> GenerateCouplesFromATwoIndividualPopulation(Chromosome<T>[] population, int minimumNumberOfCouples) =>
        Enumerable.Range(0, minimumNumberOfCouples).Select(_ => new Couple<T>(population[0], population[1])).ToList();
}

/// <summary>Boltzmann selection at a fixed temperature.</summary>
public sealed class BoltzmannReproductionSelector<T>(double temperature) : BaseReproductionSelector<T>
{
    /// <inheritdoc />
    public override IEnumerable<Couple<T>> SelectMatingPairs(Chromosome<T>[] population, Random random, int minimumNumberOfCouples, int currentEpoch)
    {
        if (population.Length <= 1)
        {
            return [];
        }

        if (population.Length == 2)
        {
            return GenerateCouplesFromATwoIndividualPopulation(population, minimumNumberOfCouples);
        }

        var maxFitness = population.Max(x => x.Fitness);
        return CreateStochasticCouples(population, random, minimumNumberOfCouples,
            () => WeightedRouletteWheel<Chromosome<T>>.Init(population,
                chromosome => Math.Exp((chromosome.Fitness - maxFitness) / temperature)));
    }
}

/// <summary>Boltzmann selection whose temperature decays over the epochs.</summary>
public sealed class DecayingBoltzmannReproductionSelector<T>(double temperatureDecayRate, double initialTemperature = 1.0, bool useExponentialDecay = true) : BaseReproductionSelector<T>
{
    /// <inheritdoc />
    public override IEnumerable<Couple<T>> SelectMatingPairs(Chromosome<T>[] population, Random random, int minimumNumberOfCouples, int currentEpoch)
    {
        if (population.Length <= 1)
        {
            return [];
        }

        if (population.Length == 2)
        {
            return GenerateCouplesFromATwoIndividualPopulation(population, minimumNumberOfCouples);
        }

        var currentTemperature = useExponentialDecay
            ? initialTemperature * Math.Exp(-temperatureDecayRate * currentEpoch)
            : Math.Max(0, initialTemperature - (temperatureDecayRate * currentEpoch));
        if (currentTemperature == 0)
        {
            currentTemperature = double.Epsilon;
        }

        var maxFitness = population.Max(x => x.Fitness);
        return CreateStochasticCouples(population, random, minimumNumberOfCouples,
            () => WeightedRouletteWheel<Chromosome<T>>.Init(population,
                chromosome => Math.Exp((chromosome.Fitness - maxFitness) / currentTemperature)));
    }
}
