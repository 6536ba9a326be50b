using System.Collections.Generic;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The model's recursion guards share one clock: every entry into an evaluation gets a number, and a cycle cut (an
/// evaluation asked for while it is in progress, answered as empty) remembers the oldest entry it hit. A memoised
/// result is exact only if no cut inside it hit an evaluation entered before it began (an outer evaluation in progress
/// would be answered in full when asked later); cuts of cycles wholly inside it happen the same way every time.
/// </summary>
internal sealed class CycleClock
{
    private int _next;
    private int _oldestCut = int.MaxValue;

    public int Enter() => _next++;

    public void Cut(int entered) => _oldestCut = System.Math.Min(_oldestCut, entered);

    /// <summary>Starts a computation whose result may be memoised.</summary>
    public (int Start, int Saved) Begin()
    {
        var scope = (_next, _oldestCut);
        _oldestCut = int.MaxValue;
        return scope;
    }

    /// <summary>Ends a computation started by <see cref="Begin"/>: true when no cut inside it depended on anything in progress before it.</summary>
    public bool End((int Start, int Saved) scope)
    {
        var selfContained = _oldestCut >= scope.Start;
        _oldestCut = System.Math.Min(scope.Saved, _oldestCut);
        return selfContained;
    }
}

/// <summary>The items of one kind being evaluated, on a shared <see cref="CycleClock"/>.</summary>
internal sealed class CycleGuard<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _entered;

    public CycleGuard(IEqualityComparer<T>? comparer = null)
    {
        _entered = new Dictionary<T, int>(comparer ?? EqualityComparer<T>.Default);
    }

    /// <summary>Enters <paramref name="item"/>; false (a cut, recorded on <paramref name="clock"/>) when it is already being evaluated.</summary>
    public bool TryEnter(T item, CycleClock clock)
    {
        if (_entered.TryGetValue(item, out var entered))
        {
            clock.Cut(entered);
            return false;
        }

        _entered[item] = clock.Enter();
        return true;
    }

    public void Exit(T item) => _entered.Remove(item);
}
