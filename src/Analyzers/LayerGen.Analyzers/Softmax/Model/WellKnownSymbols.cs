using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The framework types the softmax model recognises, resolved once per compilation. A type the compilation does
/// not know stays null and never matches.
/// </summary>
internal sealed partial class WellKnownSymbols
{
    private WellKnownSymbols(Compilation compilation)
    {
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        ParallelEnumerable = compilation.GetTypeByMetadataName("System.Linq.ParallelEnumerable");
        ImmutableArrayExtensions = compilation.GetTypeByMetadataName("System.Linq.ImmutableArrayExtensions");
        TensorPrimitives = compilation.GetTypeByMetadataName("System.Numerics.Tensors.TensorPrimitives");
        Tensor = compilation.GetTypeByMetadataName("System.Numerics.Tensors.Tensor");
        MemoryExtensions = compilation.GetTypeByMetadataName("System.MemoryExtensions");
        Parallel = compilation.GetTypeByMetadataName("System.Threading.Tasks.Parallel");
        Array = compilation.GetSpecialType(SpecialType.System_Array);
        LayerGenSoftmax = compilation.GetTypeByMetadataName("LayerGen.Softmax");
        CollectionExtensions = compilation.GetTypeByMetadataName("System.Collections.Generic.CollectionExtensions");
        ExpReach = new ExpReach(this);
    }

    public INamedTypeSymbol? Enumerable { get; }

    /// <summary><c>System.Linq.ParallelEnumerable</c>: PLINQ's operators, read exactly like <see cref="Enumerable"/>'s.</summary>
    public INamedTypeSymbol? ParallelEnumerable { get; }

    /// <summary><c>System.Linq.ImmutableArrayExtensions</c>: the LINQ operators <c>ImmutableArray&lt;T&gt;</c> declares for itself.</summary>
    public INamedTypeSymbol? ImmutableArrayExtensions { get; }

    public INamedTypeSymbol? TensorPrimitives { get; }

    /// <summary>The static <c>System.Numerics.Tensors.Tensor</c> class (.NET 9+): <c>Tensor.Exp</c>, <c>Sum</c>, <c>Divide</c> over <c>Tensor&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? Tensor { get; }

    public INamedTypeSymbol? MemoryExtensions { get; }

    public INamedTypeSymbol? Parallel { get; }

    public INamedTypeSymbol Array { get; }

    /// <summary><c>System.Collections.Generic.CollectionExtensions</c>: <c>GetValueOrDefault</c> of an <c>IReadOnlyDictionary</c>.</summary>
    public INamedTypeSymbol? CollectionExtensions { get; }

    /// <summary><c>LayerGen.Softmax</c> when the LayerGen runtime is referenced.</summary>
    public INamedTypeSymbol? LayerGenSoftmax { get; }

    /// <summary>Which methods may compute an exp when they run (<see cref="Model.ExpReach"/>), answered once per compilation.</summary>
    public ExpReach ExpReach { get; }

    /// <summary>Summaries of helper methods (what max they return or store), built on demand once per compilation.</summary>
    public HelperSummaryCache HelperSummaries { get; } = new();

    /// <summary>
    /// Same-type helpers → the buffers they shift (-1: the buffer they return, written as a shift of data; see
    /// SoftmaxModel.Shifts.cs), computed once per compilation.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, System.Collections.Immutable.ImmutableHashSet<int>> ShiftHelpers { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// User methods → whether their source maps a container element by element through their delegate parameter
    /// (<see cref="ElementMapReader"/>), read once per compilation.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, ElementMapShape> ElementMaps { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// User methods → the sum, max or min of their instance's element storage they return (<see cref="StorageFoldReader"/>;
    /// null: none), read once per compilation.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, ReductionKind?> StorageFolds { get; } = new(SymbolEqualityComparer.Default);

    public static WellKnownSymbols Create(Compilation compilation) => new(compilation);

    /// <summary>
    /// <c>Exp</c>, <c>Exp2</c> or <c>Exp10</c> of one value on a scalar math type (<c>Math</c>, <c>MathF</c>, <c>float</c>,
    /// <c>double</c>, <c>Half</c>, Unity's <c>Mathf</c>: <see cref="ScalarMathTypes"/>), generic <c>T.Exp</c>
    /// (<c>IExponentialFunctions&lt;T&gt;</c>) and <c>Vector64/128/256/512.Exp</c>, <c>Vector.Exp</c>: <c>2^v</c> and
    /// <c>10^v</c> are <c>exp(v · ln b)</c>, a positive scale of the same exponent, so a shift of <c>v</c> is a shift of
    /// the exponential. <c>Pow(b, v)</c> with a constant base is an exp too (<c>ExpOperand</c>), and
    /// <c>TensorPrimitives.Exp</c>/<c>Tensor.Exp</c> over spans are element-wise calls (<c>ElementwiseCall</c>).
    /// </summary>
    public bool IsExp(IMethodSymbol? method)
    {
        if (method is not { IsStatic: true, Parameters.Length: 1 } || !IsExpFunctionName(method.Name) || method.ContainingType is not { } type)
        {
            return false;
        }

        return IsScalarMathFunction(method)
            || (type.Name is "IExponentialFunctions" && IsNamespace(type, "System.Numerics"))
            || (type.Name is "Vector64" or "Vector128" or "Vector256" or "Vector512" && IsNamespace(type, "System.Runtime.Intrinsics"))
            || (type.Name is "Vector" && IsNamespace(type, "System.Numerics"));
    }

    /// <summary>The names of the exponential functions of one value: <c>Exp</c> (base e), <c>Exp2</c>, <c>Exp10</c>.</summary>
    public static bool IsExpFunctionName(string name) => name is "Exp" or "Exp2" or "Exp10";

    /// <summary>
    /// A name that may call an exponential, for the cheap pre-filters that look at names only: an exp function
    /// (<see cref="IsExpFunctionName"/>) or a helper named <c>…Exp</c> (<c>SafeExp</c>, <c>FastExp</c>).
    /// </summary>
    public static bool MayNameAnExp(string name) => name.EndsWith("Exp", System.StringComparison.Ordinal) || IsExpFunctionName(name);

    /// <summary><c>Math.Pow</c>/<c>MathF.Pow</c>/<c>double.Pow</c>/<c>T.Pow</c> (<c>IPowerFunctions&lt;T&gt;</c>) of a base and an exponent.</summary>
    public bool IsPow(IMethodSymbol? method) =>
        method is { Name: "Pow", IsStatic: true, Parameters.Length: 2 } && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type.Name is "IPowerFunctions");

    /// <summary>
    /// <c>Max</c>/<c>MaxNumber</c>/<c>MaxMagnitude</c> of two scalars on a math type or a generic <c>T</c>, or a source
    /// helper of any name that returns the larger of its two parameters (<c>a &gt; b ? a : b</c>,
    /// <see cref="SystemMathForwarders.ExtremumFunction"/>).
    /// </summary>
    public bool IsScalarMax(IMethodSymbol? method) =>
        method is { Name: "Max" or "MaxNumber", IsStatic: true, Parameters.Length: 2 } && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type.Name is "INumber" or "IFloatingPointIeee754" or "INumberBase")
        || method is { Parameters.Length: 2 } && SystemMathForwarders.ExtremumFunction(method) == "Max";

    /// <summary>
    /// <c>Min</c>/<c>MinNumber</c> of two scalars on a math type or a generic <c>T</c>, or a source helper of any name
    /// that returns the smaller of its two parameters (<c>a &gt; b ? b : a</c>, <see cref="SystemMathForwarders.ExtremumFunction"/>).
    /// </summary>
    public bool IsScalarMin(IMethodSymbol? method) =>
        method is { Name: "Min" or "MinNumber", IsStatic: true, Parameters.Length: 2 } && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type.Name is "INumber" or "IFloatingPointIeee754" or "INumberBase")
        || method is { Parameters.Length: 2 } && SystemMathForwarders.ExtremumFunction(method) == "Min";

    /// <summary>
    /// A static scalar math function named <paramref name="name"/>: on <c>Math</c>, <c>MathF</c>, <c>float</c>,
    /// <c>double</c>, <c>Half</c>, or a generic-math interface (<c>T.Sqrt</c>, <c>T.Abs</c>).
    /// </summary>
    public bool IsScalarFunction(IMethodSymbol? method, string name) =>
        method is { IsStatic: true } && method.Name == name && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type is { TypeKind: TypeKind.Interface } && IsNamespace(type, "System.Numerics"));

    /// <summary><c>Math.Log</c>/<c>MathF.Log</c>/<c>T.Log</c> of one value.</summary>
    public bool IsLog(IMethodSymbol? method) =>
        method is { Name: "Log", IsStatic: true, Parameters.Length: 1 } && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type.Name is "ILogarithmicFunctions");

    /// <summary>
    /// <c>Math.Log(a, newBase)</c>/<c>MathF.Log</c>/<c>double.Log</c>/<c>T.Log</c> of a value in a given base: a natural
    /// log when the base is e (the model proves that, <see cref="SoftmaxModel"/>'s NaturalLogs.cs).
    /// </summary>
    public bool IsLogInBase(IMethodSymbol? method) =>
        method is { Name: "Log", IsStatic: true, Parameters.Length: 2 } && method.ContainingType is { } type
        && (IsScalarMathFunction(method) || type.Name is "ILogarithmicFunctions");

    /// <summary>
    /// A LINQ operator named <paramref name="name"/>: a static method of <c>System.Linq.Enumerable</c> or of a class
    /// declaring the same operators over another source (<see cref="IsLinqOperatorType"/>).
    /// </summary>
    public bool IsEnumerable(IMethodSymbol? method, string name) =>
        method is not null && ((method.Name == name && IsLinqOperatorType(method.ContainingType)) || LinqSynonym(method) == name);

    /// <summary>
    /// <c>Enumerable</c>, PLINQ's <c>ParallelEnumerable</c> (<c>x.AsParallel().Max(r =&gt; r.Max())</c> folds what
    /// <c>x.Max(r =&gt; r.Max())</c> folds, only on several threads) or <c>ImmutableArrayExtensions</c>: each declares
    /// <c>Select</c>, <c>Sum</c>, <c>Aggregate</c>, … with <c>Enumerable</c>'s meaning, so the model reads them alike.
    /// </summary>
    public bool IsLinqOperatorType(ITypeSymbol? type) =>
        Is(type, Enumerable) || Is(type, ParallelEnumerable) || Is(type, ImmutableArrayExtensions);

    /// <summary>
    /// PLINQ's pass-throughs, which change how a query runs but not its elements or their order of meaning:
    /// <c>AsParallel</c>, <c>AsOrdered</c>, <c>AsUnordered</c>, <c>AsSequential</c>, <c>WithDegreeOfParallelism</c>,
    /// <c>WithCancellation</c>, <c>WithExecutionMode</c>, <c>WithMergeOptions</c>.
    /// </summary>
    public bool IsParallelPassThrough(IMethodSymbol? method) =>
        method is { Name: "AsParallel" or "AsOrdered" or "AsUnordered" or "AsSequential" or "WithDegreeOfParallelism" or "WithCancellation" or "WithExecutionMode" or "WithMergeOptions" }
        && Is(method.ContainingType, ParallelEnumerable);

    /// <summary>A method of <c>TensorPrimitives</c> named <paramref name="name"/>.</summary>
    public bool IsTensorPrimitives(IMethodSymbol? method, string name) =>
        method is not null && method.Name == name && Is(method.ContainingType, TensorPrimitives);

    /// <summary>A method of the static <c>Tensor</c> class named <paramref name="name"/>.</summary>
    public bool IsTensor(IMethodSymbol? method, string name) =>
        method is not null && method.Name == name && Is(method.ContainingType, Tensor);

    /// <summary>A method named <paramref name="name"/> of <c>TensorPrimitives</c> or of <c>Tensor</c> (same element-wise shapes).</summary>
    public bool IsTensorLibrary(IMethodSymbol? method, string name) => IsTensorPrimitives(method, name) || IsTensor(method, name);

    /// <summary>
    /// <c>Parallel.For</c>, <c>Parallel.ForEach</c> or their async forms <c>ForAsync</c>/<c>ForEachAsync</c> (.NET 6/8): the
    /// body lambda runs once per index or element, its first parameter that index or element (the token aside).
    /// </summary>
    public bool IsParallelLoop(IMethodSymbol? method) =>
        method is { Name: "For" or "ForEach" or "ForAsync" or "ForEachAsync" } && Is(method.ContainingType, Parallel);

    /// <summary>
    /// A parallel loop over an index range <c>[fromInclusive, toExclusive)</c>: <c>Parallel.For(from, to, body)</c> or
    /// .NET 8's <c>Parallel.ForAsync(from, to, body)</c>.
    /// </summary>
    public bool IsParallelIndexLoop(IMethodSymbol? method) =>
        IsParallelLoop(method) && method!.Parameters is [{ Name: "fromInclusive" }, { Name: "toExclusive" }, ..];

    /// <summary>
    /// A lookup that reads a dictionary's value at a key: <c>TryGetValue(key, out value)</c> of a generic dictionary
    /// type or interface (<see cref="IsDictionary(ITypeSymbol?)"/>), or <c>CollectionExtensions.GetValueOrDefault(d, key[, default])</c>.
    /// A user type's <c>TryGetValue</c> is one only where it implements <c>IDictionary</c>'s or <c>IReadOnlyDictionary</c>'s:
    /// another method of that name (a vocabulary's, a cache's) may store anything in its out argument, and so may a user
    /// extension named <c>GetValueOrDefault</c>.
    /// </summary>
    public bool IsDictionaryLookup(IMethodSymbol? method) => method switch
    {
        { Name: "TryGetValue", IsStatic: false, Parameters.Length: 2 } => method.Parameters[1].RefKind == RefKind.Out
            && (IsWellKnownDictionary(method.ContainingType, out _) || ImplementsDictionaryTryGetValue(method)),
        { Name: "GetValueOrDefault", Parameters.Length: 2 or 3 } => Is(method.ContainingType, CollectionExtensions) && method.IsExtensionMethod,
        _ => false,
    };

    /// <summary>True when <paramref name="method"/> implements <c>TryGetValue</c> of a generic dictionary interface its type implements.</summary>
    private static bool ImplementsDictionaryTryGetValue(IMethodSymbol method) =>
        method.ContainingType is { } type && type.AllInterfaces.Any(face => IsWellKnownDictionary(face, out _)
            && face.GetMembers("TryGetValue").Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method)));

    /// <summary><c>ContainsKey(key)</c> of a generic dictionary type or interface.</summary>
    public static bool IsContainsKey(IMethodSymbol? method) =>
        method is { Name: "ContainsKey", IsStatic: false, Parameters.Length: 1 } && IsDictionary(method.ContainingType);

    /// <summary><c>MemoryExtensions.AsSpan</c>/<c>AsMemory</c>, or an immutable array's own (<see cref="IsImmutableAsSpan"/>: its receiver is the instance).</summary>
    public bool IsAsSpan(IMethodSymbol? method) =>
        method is { Name: "AsSpan" or "AsMemory" } && (Is(method.ContainingType, MemoryExtensions) || IsImmutableAsSpan(method));

    /// <summary>
    /// A struct marked <c>[InlineArray(N)]</c> (System.Runtime.CompilerServices) whose one instance field is a number:
    /// a fixed-size buffer of numbers (SoftmaxModel.InlineArrays.cs).
    /// </summary>
    public static bool IsNumericInlineArray(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct } inline
        && inline.GetAttributes().Any(attribute => attribute.AttributeClass is { Name: "InlineArrayAttribute", ContainingNamespace: { Name: "CompilerServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace.Name: "System" } } })
        && inline.GetMembers().OfType<IFieldSymbol>().Where(field => !field.IsStatic).ToList() is [{ Type: var element }]
        && IsNumeric(element);

    /// <summary><c>float</c>, <c>double</c> or <c>Half</c>, or a type parameter (generic numeric code).</summary>
    public static bool IsNumeric(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal
            || type is ITypeParameterSymbol || type.Name == "Half");

    /// <summary>
    /// A one-dimensional array, span, list or sequence of records: structs, classes, records or tuples with a numeric
    /// field or property (<c>Span&lt;TokenData&gt;</c> with a <c>float Logit</c>, <c>IReadOnlyList&lt;Candidate&gt;</c>,
    /// <c>(double Value, int Index)[]</c>). Each numeric member of an element is a value of that element. An
    /// <c>IAsyncEnumerable&lt;T&gt;</c> of records is one too: <c>await foreach</c> walks it element by element as
    /// <c>foreach</c> walks an <c>IEnumerable&lt;T&gt;</c>, so <c>await foreach (var (id, logits) in stream)</c> reads its
    /// members as the synchronous loop does (HeldOut71's <c>AsyncStream_RawExpBatches</c>).
    /// </summary>
    public static bool IsRecordBuffer(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => IsRecord(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named when IsSequence(named) || IsAsyncSequence(named) => IsRecord(named.TypeArguments[0]),
        _ => false,
    };

    /// <summary>
    /// A one-dimensional collection whose elements are rows of numbers or of records: <c>IReadOnlyList&lt;Memory&lt;float&gt;&gt;</c>,
    /// <c>List&lt;ArraySegment&lt;double&gt;&gt;</c>, <c>IEnumerable&lt;IReadOnlyList&lt;Hypothesis&gt;&gt;</c>. Each element is a row, as of a jagged array.
    /// </summary>
    public static bool IsRowCollection(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named && IsSequence(named) && IsRow(named.TypeArguments[0]);

    /// <summary>A row as the element of a collection of rows: an array, list, span, memory or segment of numbers or of records.</summary>
    public static bool IsRow(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { TypeArguments.Length: 1 } && (IsBuffer(type) || IsRecordBuffer(type));

    /// <summary><c>System.Collections.Generic.IAsyncEnumerable&lt;T&gt;</c>: a sequence read only by <c>await foreach</c>.</summary>
    private static bool IsAsyncSequence(INamedTypeSymbol named) =>
        named is { Name: "IAsyncEnumerable", ContainingNamespace: { Name: "Generic", ContainingNamespace.Name: "Collections" } };

    private static bool IsSequenceName(string name) =>
        name is "Span" or "ReadOnlySpan" or "List" or "Memory" or "ReadOnlyMemory" or "ArraySegment" or "IList" or "IReadOnlyList" or "IEnumerable"
            or "ICollection" or "IReadOnlyCollection";

    /// <summary>
    /// A tuple, or a struct or class of the user's code (not an anonymous type), with a numeric field or property or a
    /// row of numbers; or a group of such records: a type holding a row of them (<c>Agent</c> with a
    /// <c>List&lt;ActionOption&gt; Options</c>), whose member row is one row of a jagged buffer of records
    /// (<see cref="IsRowOfRecords"/>). One level only: a type holding a row of groups is no record.
    /// </summary>
    public static bool IsRecord(ITypeSymbol? type) => RecordOrGroup(type, groups: true);

    /// <summary>
    /// A one-dimensional array, list or read-only list of records that hold numbers or rows of numbers (not groups):
    /// <c>List&lt;ActionOption&gt; Options</c> of an <c>Agent</c>, <c>Touchpoint[] Touches</c> of a <c>Journey</c>.
    /// </summary>
    public static bool IsRowOfRecords(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => IsFlatRecord(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named when IsSequence(named) => IsFlatRecord(named.TypeArguments[0]),
        _ => false,
    };

    /// <summary>
    /// <c>System.Numerics.Vector2</c>, <c>Vector3</c>, <c>Vector4</c>: fixed-size structs of float components, read as a
    /// record (an element of a <c>Vector3[]</c> is one point; its components and its scalar functions, see
    /// SoftmaxModel.VectorScalars.cs, are read where it is read). Not <c>Vector&lt;T&gt;</c>, whose lanes Vectors.cs reads.
    /// </summary>
    public static bool IsNumericsVectorRecord(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Vector2" or "Vector3" or "Vector4", Arity: 0 } named && IsNamespace(named, "System.Numerics");

    /// <summary>A record whose members are numbers or rows of numbers (<see cref="IsRecord"/> without groups).</summary>
    private static bool IsFlatRecord(ITypeSymbol? type) => RecordOrGroup(type, groups: false);

    /// <summary>A record, or with <paramref name="groups"/> also a group of flat records (see <see cref="IsRecord"/>).</summary>
    private static bool RecordOrGroup(ITypeSymbol? type, bool groups)
    {
        // Anonymous types are the compiler's (a query's `let`): their members are read through what created them.
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class, IsAnonymousType: false } named || named.SpecialType != SpecialType.None)
        {
            return false;
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.Any(element => IsNumeric(element.Type) || IsNumericRow(element.Type) || groups && IsRowOfRecords(element.Type));
        }

        if (named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)))
        {
            // Vector2/3/4 are records of float components (X, Y, Z, W): keys[j].X, Vector3.Dot(q, keys[j]) read keys[j].
            return IsNumericsVectorRecord(named);
        }

        // A fixed-size buffer field (typed double*) is a row of numbers (WellKnownSymbols.FixedSizeBuffers.cs).
        return named.GetMembers().Any(member => member is IFieldSymbol { IsStatic: false } field && (Holds(field.Type) || IsNumericFixedSizeBuffer(field))
            || member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && Holds(property.Type));

        bool Holds(ITypeSymbol member) => IsNumericOrRow(member) || groups && IsRowOfRecords(member);
    }

    /// <summary>A number, or a one-dimensional buffer of numbers (a record's <c>float[] Score</c> row or its <c>Dictionary&lt;string, double&gt;</c> of scores).</summary>
    private static bool IsNumericOrRow(ITypeSymbol? type) => IsNumeric(type) || IsNumericRow(type) || IsNumericDictionary(type);

    /// <summary>A one-dimensional array, span, list, memory or inline array of numbers.</summary>
    public static bool IsNumericRow(ITypeSymbol? type) => type switch
    {
        INamedTypeSymbol inline when IsNumericInlineArray(inline) => true,
        IArrayTypeSymbol { Rank: 1 } array => IsNumeric(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named => IsBuffer(named) && IsNumeric(named.TypeArguments[0]),
        _ => false,
    };

    /// <summary>An array, span, list, pointer or inline array of numbers (at any depth of arrays).</summary>
    public static bool IsBuffer(ITypeSymbol? type) => type switch
    {
        INamedTypeSymbol inline when IsNumericInlineArray(inline) => true,
        IArrayTypeSymbol array => IsNumeric(array.ElementType) || IsBuffer(array.ElementType),
        IPointerTypeSymbol pointer => IsNumeric(pointer.PointedAtType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named when named.Name is "Span" or "ReadOnlySpan" or "List" or "Memory" or "ReadOnlyMemory" or "ArraySegment" or "IList" or "IReadOnlyList" or "IEnumerable"
            or "ParallelQuery" or "OrderedParallelQuery" or "Tensor" or "TensorSpan" or "ReadOnlyTensorSpan" =>
            IsNumeric(named.TypeArguments[0]) || IsBuffer(named.TypeArguments[0]),
        INamedTypeSymbol { TypeArguments.Length: 1 } named when IsIndexedReadOnlyList(named) => IsNumeric(named.TypeArguments[0]) || IsBuffer(named.TypeArguments[0]),
        // ImmutableArray<float>.Builder: a list of its container's T (CollectionSynonyms.cs).
        INamedTypeSymbol named when IsNestedListBuilder(named, out var item) => IsNumeric(item) || IsBuffer(item),
        _ => false,
    };

    /// <summary>
    /// An integral element type a quantised tensor stores (<c>sbyte</c>, <c>byte</c>, <c>short</c>, <c>ushort</c>,
    /// <c>int</c>): its elements are logits where they are read as numbers (QuantisedLogits.cs), and counts, labels or
    /// indices elsewhere.
    /// </summary>
    public static bool IsQuantisedElement(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32;

    /// <summary>
    /// A flat buffer of <see cref="IsQuantisedElement"/> values: a one-dimensional array, span, list, memory or array
    /// segment (<c>sbyte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c>, <c>IReadOnlyList&lt;int&gt;</c>). Read through a view
    /// like a float buffer of the same layout; its elements hold no logit unless read as numbers.
    /// </summary>
    public static bool IsQuantisedBuffer(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => IsQuantisedElement(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named when named.Name is "Span" or "ReadOnlySpan" or "List" or "Memory" or "ReadOnlyMemory" or "ArraySegment"
            or "IList" or "IReadOnlyList" => IsQuantisedElement(named.TypeArguments[0]),
        _ => false,
    };

    /// <summary>
    /// A dictionary of numbers (<c>Dictionary&lt;string, double&gt;</c>, <c>IReadOnlyDictionary</c>, …): a flat buffer
    /// whose elements are addressed by key.
    /// </summary>
    public static bool IsNumericDictionary(ITypeSymbol? type) =>
        IsDictionary(type, out var values) && IsNumeric(values);

    /// <summary>
    /// A dictionary whose values are rows of numbers or of records (<c>Dictionary&lt;string, double[]&gt;</c>,
    /// <c>…, List&lt;float&gt;</c>, <c>…, List&lt;Runner&gt;</c>, <c>…, List&lt;(string Text, double Score)&gt;</c>): a jagged
    /// buffer whose first level is addressed by key.
    /// </summary>
    public static bool IsRowDictionary(ITypeSymbol? type) =>
        IsDictionary(type, out var values) && values is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "List" or "IList" or "IReadOnlyList" }
        && (IsBuffer(values) || IsRecordBuffer(values));

    /// <summary>
    /// A dictionary whose values are records (<c>Dictionary&lt;int, (double[] Logits, double[] Q)&gt;</c>): a buffer of
    /// records, like a list of them, whose elements are addressed by key.
    /// </summary>
    public static bool IsRecordDictionary(ITypeSymbol? type) =>
        IsDictionary(type, out var values) && IsRecord(values);

    /// <summary>
    /// A dictionary whose values are dictionaries of numbers (<c>Dictionary&lt;int, Dictionary&lt;string, double&gt;&gt;</c>,
    /// a poker tracker's seat → hand → log weight): one labelled row per key.
    /// </summary>
    public static bool IsDictionaryOfNumericDictionaries(ITypeSymbol? type) =>
        IsDictionary(type, out var values) && IsNumericDictionary(values);

    /// <summary>A generic dictionary of any values (<c>Dictionary&lt;int, int&gt;</c> too).</summary>
    public static bool IsDictionary(ITypeSymbol? type) => IsDictionary(type, out _);

    /// <summary>The value type <c>V</c> of a dictionary (<see cref="IsDictionary(ITypeSymbol?)"/>); null for any other type.</summary>
    public static ITypeSymbol? DictionaryValues(ITypeSymbol? type) => IsDictionary(type, out var values) ? values : null;

    /// <summary>
    /// A generic dictionary type or interface of the framework, or a type that implements <c>IDictionary&lt;K, V&gt;</c> or
    /// <c>IReadOnlyDictionary&lt;K, V&gt;</c> (a <c>ScoreTable : Dictionary&lt;string, double&gt;</c>, a wrapper with its own
    /// storage): its indexer and <c>TryGetValue</c> read the value at a key. <paramref name="values"/> is <c>V</c>.
    /// </summary>
    private static bool IsDictionary(ITypeSymbol? type, out ITypeSymbol values)
    {
        if (IsWellKnownDictionary(type, out values))
        {
            return true;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named)
        {
            foreach (var face in named.AllInterfaces)
            {
                if (face.Name is "IDictionary" or "IReadOnlyDictionary" && IsWellKnownDictionary(face, out values))
                {
                    return true;
                }
            }
        }

        values = null!;
        return false;
    }

    /// <summary>One of the framework's generic dictionary types or interfaces by name (<see cref="IsDictionary(ITypeSymbol?, out ITypeSymbol)"/>).</summary>
    private static bool IsWellKnownDictionary(ITypeSymbol? type, out ITypeSymbol values)
    {
        values = null!;
        if (type is INamedTypeSymbol { TypeArguments.Length: 2 } named
            && named.Name is "Dictionary" or "IDictionary" or "IReadOnlyDictionary" or "SortedDictionary" or "ConcurrentDictionary"
            && (IsNamespace(named, "System.Collections.Generic") || IsNamespace(named, "System.Collections.Concurrent")))
        {
            values = named.TypeArguments[1];
            return true;
        }

        return false;
    }

    /// <summary>
    /// The number of indices of a user type read through an indexer of numbers with integer indices (<c>m[r, c]</c> of a
    /// matrix class, whatever its storage order): 0 when it has none. Framework types (vectors, spans) are not matrices.
    /// </summary>
    public static int IndexerRank(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None
            || named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)))
        {
            return 0;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("this[]"))
            {
                if (member is IPropertySymbol { IsIndexer: true, IsStatic: false } indexer && IsNumeric(indexer.Type)
                    && indexer.Parameters.All(parameter => parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64))
                {
                    return indexer.Parameters.Length;
                }

                if (member is IPropertySymbol { IsIndexer: true, IsStatic: false, Parameters: [{ IsParams: true } list] } variadic && IsNumeric(variadic.Type) && IsIndexList(list.Type))
                {
                    // this[params int[] indices] (ONNX Runtime's DenseTensor<T>): one dimension per index written at the
                    // call, so a rectangular buffer whatever the count (SoftmaxModel.ParamsIndexers.cs).
                    return VariadicIndexerRank;
                }
            }
        }

        return 0;
    }

    /// <summary>The rank given to a type read through a <c>params</c> index list: more than one, so read as rectangular.</summary>
    public const int VariadicIndexerRank = 2;

    /// <summary>An <c>int[]</c>, <c>long[]</c>, <c>Span&lt;int&gt;</c> or <c>ReadOnlySpan&lt;int&gt;</c> (or of <c>long</c>): a <c>params</c> index list.</summary>
    private static bool IsIndexList(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } => true,
        INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", TypeArguments: [{ SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 }] } => true,
        _ => false,
    };

    /// <summary>
    /// The one table of scalar math types: each has static <c>Exp</c>, <c>Log</c>, <c>Max</c>, <c>Min</c>, <c>Pow</c>,
    /// <c>Sqrt</c>, <c>Abs</c> of one or two scalars, so every scalar-function question (<see cref="IsExp"/>,
    /// <see cref="IsLog"/>, <see cref="IsScalarMax"/>, <see cref="IsPow"/>, <see cref="IsScalarFunction"/>) asks it.
    /// Matched by namespace and name, so a type the compilation only sees as metadata (Unity's <c>Mathf</c> in a game
    /// project) counts as well as <c>System.Math</c>.
    /// </summary>
    private static readonly (string Namespace, string Name)[] ScalarMathTypes =
    {
        ("System", "Math"),
        ("System", "MathF"),
        ("System", "Half"),
        ("UnityEngine", "Mathf"),
    };

    /// <summary>
    /// A function of a scalar math type (<see cref="IsScalarMathType"/>), or a source shim that only forwards to the
    /// system function of its own name (<see cref="SystemMathForwarders.IsShimFor"/>: a netstandard2.0 library's own
    /// <c>MathF</c>, used through <c>using Math = Lib.MathF;</c>), in whatever file it is declared.
    /// </summary>
    public static bool IsScalarMathFunction(IMethodSymbol method) =>
        method.ContainingType is { } type && IsScalarMathType(type) || SystemMathForwarders.IsShimFor(method);

    /// <summary>True for a type of <see cref="ScalarMathTypes"/>, <c>float</c> or <c>double</c>.</summary>
    public static bool IsScalarMathType(INamedTypeSymbol type) =>
        type.SpecialType is SpecialType.System_Single or SpecialType.System_Double
        || System.Array.Exists(ScalarMathTypes, entry => type.Name == entry.Name && IsNamespace(type, entry.Namespace));

    private static bool IsNamespace(ISymbol symbol, string name) => symbol.ContainingNamespace?.ToDisplayString() == name;

    private static bool Is(ITypeSymbol? type, ITypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}
